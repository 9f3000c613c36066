package org.tandem.report.html.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;
import org.tandem.api.spi.report.ReportView;

/**
 * One self-contained HTML5 file: verdict and why, a radar chart and bars in inline SVG, strengths,
 * weaknesses and recommendations, comments and provenance, printable on A4. Written with a
 * FreeMarker template in the HTML output format, so every interpolated text is escaped.
 * <p>
 * The template is compiled once, on first use or by {@link TemplateWarmUp} once Tandem is ready;
 * {@link Template#process} is thread safe, so one instance serves every request.
 */
@Component(service = ReportRenderer.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@ReportRendererProperties(id = "tandem.html", format = "html", mediaType = "text/html; charset=UTF-8",
        extension = "html", name = "HTML report", repeatable = true)
public class HtmlReportRenderer implements ReportRenderer {

    static final String TEMPLATE = "report.ftlh";

    /** FreeMarker with the template, set up and compiled when first needed; the same for every instance. */
    private static final class Freemarker {
        static final Configuration CONFIGURATION = configuration();
    }

    /**
     * The compiled template: FreeMarker compiles it on the first call and keeps it (no update
     * checks); {@link TemplateWarmUp} makes that first call once Tandem is ready.
     */
    static Template template() throws IOException {
        return Freemarker.CONFIGURATION.getTemplate(TEMPLATE);
    }

    @Override
    public void render(ReportInput input, String language, OutputStream out) throws IOException {
        ReportView view = ReportView.of(input, language);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            template().process(ReportModel.of(view), writer);
        } catch (TemplateException e) {
            throw new IOException("The HTML report of assessment " + input.assessment().id()
                    + " could not be written: " + e.getMessage(), e);
        }
        // the caller owns the stream: flush what is buffered, never close it
        writer.flush();
    }

    /**
     * The FreeMarker configuration: templates from this bundle's class loader (in OSGi the
     * thread's context class loader is not ours), HTML auto-escaping, errors thrown rather than
     * written into the report, no {@code ?new} or {@code ?api}, and formats that do not depend on
     * the machine's locale or time zone.
     */
    private static Configuration configuration() {
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setTemplateLoader(new ClassTemplateLoader(HtmlReportRenderer.class.getClassLoader(),
                "org/tandem/report/html/internal/templates"));
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputEncoding(StandardCharsets.UTF_8.name());
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setLocalizedLookup(false);
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        return config;
    }
}
