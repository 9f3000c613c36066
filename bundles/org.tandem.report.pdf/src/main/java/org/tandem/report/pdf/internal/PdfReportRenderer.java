package org.tandem.report.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;
import org.tandem.api.spi.report.ReportView;

/**
 * The report as an A4 PDF written with OpenPDF: the same content as the HTML report, with the
 * radar chart as vector graphics and the text in embedded DejaVu Sans Condensed. The same input
 * gives the same bytes: the document's dates are the moment it was scored and its file
 * identifier is a digest of the file. Thread safe: every rendering has its own document and fonts.
 */
@Component(service = ReportRenderer.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@ReportRendererProperties(id = "tandem.pdf", format = "pdf", mediaType = "application/pdf", extension = "pdf",
        name = "PDF report", repeatable = true)
public class PdfReportRenderer implements ReportRenderer {

    private final Typography.Files fonts;

    public PdfReportRenderer() {
        this.fonts = Typography.Files.load();
    }

    @Override
    public void render(ReportInput input, String language, OutputStream out) throws IOException {
        ReportView view = ReportView.of(input, language);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128 * 1024);
        try {
            write(view, buffer);
        } catch (DocumentException | ExceptionConverter | IllegalStateException | UncheckedIOException e) {
            throw new IOException("Could not write the PDF report of assessment " + input.assessment().id() + ": "
                    + e.getMessage(), e);
        }
        out.write(DocumentInfo.stamp(buffer.toByteArray()));
    }

    private void write(ReportView view, OutputStream buffer) {
        Typography type = Typography.open(fonts);
        Document document = new Document(PageSize.A4, 56f, 56f, 54f, 64f);
        PdfWriter writer = PdfWriter.getInstance(document, buffer);
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageFooter(type, type.line(view.modelTitle() + " – "
                + view.input().assessment().relationship().name())));
        DocumentInfo.describe(document, writer, view, type);
        document.open();
        Page page = new Page(document, writer, type);
        ReportBody body = new ReportBody(view, page);
        body.title();
        body.verdict();
        RelationshipSection relationship = new RelationshipSection(view, page);
        relationship.sla();
        body.chart();
        new DimensionBars(view, page).add();
        InsightsSection insights = new InsightsSection(view, page);
        insights.quadrants();
        insights.importance();
        TrendSection trend = new TrendSection(view, page);
        trend.history();
        trend.standing();
        body.strengthsAndWeaknesses();
        relationship.actionPlan();
        ReportAppendix appendix = new ReportAppendix(view, page);
        appendix.respondents();
        appendix.comments();
        appendix.provenance();
        DocumentInfo.date(writer, view.scoredAt());
        document.close();
    }
}
