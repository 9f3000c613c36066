package org.tandem.report.data.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.Question;
import org.tandem.api.model.ValueModel;
import org.tandem.api.spi.report.AnsweredResponse;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;

/**
 * The raw answers for analysts, anonymous: one row per answer and per comment, responses by their
 * number only. Rows follow the responses in the order they were submitted and, within one, the
 * model's questions; a dimension's comment follows its answers, the general comment comes last.
 * Ids only, so the file reads the same in every language.
 */
@Component(service = ReportRenderer.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@ReportRendererProperties(id = "tandem.answers-csv", format = "answers-csv", mediaType = "text/csv; charset=UTF-8",
        extension = "csv", name = "CSV answers (for analysts)", repeatable = true)
public class AnswersCsvReportRenderer implements ReportRenderer {

    /** The header row; its column ids are part of the format. */
    static final String[] COLUMNS = {"response", "side", "dimension", "question", "kind", "value"};

    static final String ANSWER = "answer";
    static final String COMMENT = "comment";

    @Override
    public void render(ReportInput input, String language, OutputStream out) throws IOException {
        CSVPrinter csv = CsvCells.printer(out, COLUMNS);
        for (AnsweredResponse response : input.responses()) {
            write(csv, input.model(), response);
        }
        csv.flush();
    }

    private static void write(CSVPrinter csv, ValueModel model, AnsweredResponse response) throws IOException {
        for (Dimension dimension : model.dimensions()) {
            for (Question question : dimension.questions()) {
                answer(csv, response, dimension.id(), question.id(), response.answers().get(question.id()));
            }
            comment(csv, response, dimension.id(), response.comments().get(dimension.id()));
        }
        // answers and comments the model does not know (kept by the store), in a fixed order
        Set<String> questions = model.questions().stream().map(Question::id).collect(Collectors.toSet());
        for (Map.Entry<String, String> unknown : new TreeMap<>(response.answers()).entrySet()) {
            if (!questions.contains(unknown.getKey())) {
                answer(csv, response, "", unknown.getKey(), unknown.getValue());
            }
        }
        for (Map.Entry<String, String> unknown : new TreeMap<>(response.comments()).entrySet()) {
            if (!unknown.getKey().isEmpty() && model.dimension(unknown.getKey()).isEmpty()) {
                comment(csv, response, unknown.getKey(), unknown.getValue());
            }
        }
        comment(csv, response, "", response.comments().get(""));
    }

    private static void answer(CSVPrinter csv, AnsweredResponse response, String dimension, String question,
            String value) throws IOException {
        if (value != null) {
            csv.printRecord(response.number(), CsvCells.text(response.perspective()), CsvCells.text(dimension),
                    CsvCells.text(question), ANSWER, CsvCells.text(value));
        }
    }

    private static void comment(CSVPrinter csv, AnsweredResponse response, String dimension, String text)
            throws IOException {
        if (text != null && !text.isBlank()) {
            csv.printRecord(response.number(), CsvCells.text(response.perspective()), CsvCells.text(dimension), "",
                    COMMENT, CsvCells.text(text));
        }
    }
}
