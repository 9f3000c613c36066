package org.tandem.report.data.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;
import org.tandem.api.spi.report.ReportView;

/**
 * The report as a JSON document for other programs: the assessment, the model's texts in the
 * report's language, the full score card, respondents per side and the comments
 * ({@link ReportDocument}). Pretty-printed UTF-8; {@code <}, {@code >}, {@code &}, {@code =} and
 * {@code '} are written as Unicode escapes (Gson's HTML-safe default), so the document can be
 * embedded in an HTML page as it is.
 */
@Component(service = ReportRenderer.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@ReportRendererProperties(id = "tandem.json", format = "json", mediaType = "application/json", extension = "json",
        name = "JSON report", repeatable = true)
public class JsonReportRenderer implements ReportRenderer {

    /** Thread safe; members that are null are written, so the document keeps its shape. */
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    @Override
    public void render(ReportInput input, String language, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        GSON.toJson(ReportDocument.of(ReportView.of(input, language)), writer);
        writer.write('\n');
        writer.flush();
    }
}
