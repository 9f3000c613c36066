package org.tandem.web.internal.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tandem.api.deploy.DeployedJar;
import org.tandem.api.deploy.ModuleDeployer;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.api.model.ModelReading;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.report.ReportException;
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoringException;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.scoring.StrategyInfo;

/**
 * What is installed and which model uses what, as plain maps and lists: the modules page shows it,
 * {@code GET /api/v1/modules} returns it as JSON. Read afresh on every call (plugins come and go).
 */
final class ModuleOverview {

    private ModuleOverview() {
    }

    static Map<String, Object> of(ModelRegistry registry, ScoringService scoring, ReportService reports,
            ModuleDeployer deployer, String language) throws IOException {
        List<RendererInfo> renderers = reports.renderers();
        TreeSet<String> formats = new TreeSet<>(renderers.stream().map(RendererInfo::format).toList());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("models", models(registry, scoring, reports, formats, language));
        all.put("refused", refused(registry));
        all.put("strategies", scoring.strategies().stream().map(ModuleOverview::strategy).toList());
        all.put("renderers", renderers.stream().map(ModuleOverview::renderer).toList());
        all.put("deployed", deployed(deployer));
        return all;
    }

    private static List<Map<String, Object>> models(ModelRegistry registry, ScoringService scoring,
            ReportService reports, TreeSet<String> formats, String language) {
        List<Map<String, Object>> models = new ArrayList<>();
        for (InstalledModel installed : registry.models()) {
            var model = installed.model();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", model.id());
            m.put("version", model.version());
            m.put("title", model.title().get(language, model.defaultLocale()));
            m.put("source", installed.source());
            m.put("bundle", installed.bundle());
            m.put("defaultStrategy", model.scoring().strategy());
            m.put("strategy", strategyOf(scoring, model.id(), model.scoring().strategy()));
            Map<String, String> chosen = new LinkedHashMap<>();
            for (String format : formats) {
                chosen.put(format, rendererOf(reports, model.id(), format));
            }
            m.put("renderers", chosen);
            models.add(m);
        }
        return models;
    }

    private static String strategyOf(ScoringService scoring, String model, String fallback) {
        try {
            String chosen = scoring.strategyFor(model);
            return chosen == null || chosen.isEmpty() ? fallback : chosen;
        } catch (ScoringException e) {
            return fallback;
        }
    }

    private static String rendererOf(ReportService reports, String model, String format) {
        try {
            return reports.rendererFor(model, format).key();
        } catch (ReportException e) {
            return null;
        }
    }

    private static List<Map<String, Object>> refused(ModelRegistry registry) {
        List<Map<String, Object>> refused = new ArrayList<>();
        for (ModelReading reading : registry.refused()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("source", reading.source());
            r.put("problems", reading.problems().stream().map(p -> Map.of("severity", p.severity().name(),
                    "path", p.path(), "message", p.message())).toList());
            refused.add(r);
        }
        return refused;
    }

    private static Map<String, Object> strategy(StrategyInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("version", s.version());
        m.put("key", s.key());
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("bundle", s.bundle());
        m.put("bundleVersion", s.bundleVersion());
        return m;
    }

    private static Map<String, Object> renderer(RendererInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("version", r.version());
        m.put("key", r.key());
        m.put("format", r.format());
        m.put("name", r.name());
        m.put("bundle", r.bundle());
        m.put("bundleVersion", r.bundleVersion());
        return m;
    }

    private static List<Map<String, Object>> deployed(ModuleDeployer deployer) throws IOException {
        List<Map<String, Object>> jars = new ArrayList<>();
        for (DeployedJar jar : deployer.deployed()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbolicName", jar.symbolicName());
            m.put("version", jar.version());
            m.put("file", jar.file().getFileName().toString());
            m.put("rollback", deployer.kept(jar.symbolicName()).map(DeployedJar::version).orElse(null));
            m.put("refused", deployer.refusal(jar).orElse(null));
            jars.add(m);
        }
        return jars;
    }
}
