package org.tandem.report.html.internal;

import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportRendererContract;

class HtmlReportRendererContractTest extends ReportRendererContract {

    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    @Override
    protected ReportRenderer renderer() {
        return renderer;
    }
}
