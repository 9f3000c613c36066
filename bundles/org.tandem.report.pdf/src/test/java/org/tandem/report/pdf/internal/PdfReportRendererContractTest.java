package org.tandem.report.pdf.internal;

import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportRendererContract;

class PdfReportRendererContractTest extends ReportRendererContract {

    @Override
    protected ReportRenderer renderer() {
        return new PdfReportRenderer();
    }
}
