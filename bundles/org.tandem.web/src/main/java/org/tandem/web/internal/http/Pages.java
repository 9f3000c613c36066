package org.tandem.web.internal.http;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * The pages: FreeMarker templates of this bundle ({@code templates/*.ftlh}) with HTML auto-escaping;
 * every page gets {@code t(key, args...)} for its labels in the page's language
 * ({@code labels.properties}, English and Swedish) and {@code lang}. Templates are compiled once, when
 * first used or, once Tandem is ready, all together beside the requests ({@link PagesWarmUp}).
 */
@Component(service = Pages.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class Pages {

    /** The languages of the pages. */
    public static final List<String> LANGUAGES = List.of("en", "sv");

    private static final String TEMPLATES = "org/tandem/web/internal/templates";

    /**
     * FreeMarker, set up when first needed (its set-up takes tens of milliseconds, not to be spent
     * while Tandem starts); templates are compiled when first used or by {@link #compileAll()}.
     */
    private static final class Freemarker {
        static final Configuration CONFIGURATION = configured();
    }

    private final BundleContext context;

    @Activate
    public Pages(BundleContext context) {
        this.context = context;
    }

    /** Pages outside a framework (tests): templates compiled when first used. */
    public Pages() {
        this.context = null;
    }

    private static Configuration configured() {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassLoaderForTemplateLoading(Pages.class.getClassLoader(), TEMPLATES);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return freemarker;
    }

    /**
     * Compiles every template of the bundle into FreeMarker's cache, so no page view waits for it
     * ({@link PagesWarmUp} calls it once Tandem is ready).
     */
    void compileAll() {
        Enumeration<URL> templates = context == null ? null : context.getBundle().findEntries(TEMPLATES, "*.ftlh", true);
        while (templates != null && templates.hasMoreElements()) {
            String path = templates.nextElement().getPath();
            try {
                Freemarker.CONFIGURATION.getTemplate(path.substring(path.indexOf(TEMPLATES) + TEMPLATES.length() + 1));
            } catch (IOException | RuntimeException e) {
                // the page that uses it reports the same problem when it is asked for
            }
        }
    }

    /** Renders {@code template} with {@code model} in {@code language} as the response, with {@code status}. */
    public void render(HttpServletResponse response, int status, String template, String language,
            Map<String, Object> model) throws IOException {
        Map<String, Object> all = new HashMap<>(model);
        List<ResourceBundle> labels = labels(language);
        Locale locale = Locale.forLanguageTag(language);
        all.put("lang", language);
        all.put("t", (TemplateMethodModelEx) arguments -> label(labels, locale, arguments));
        Template page = Freemarker.CONFIGURATION.getTemplate(template + ".ftlh");
        StringBuilder html = new StringBuilder(8192);
        try (var out = new java.io.Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                html.append(chars, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }) {
            page.process(all, out);
        } catch (TemplateException e) {
            // a defect of the page, not of the request: a 500 that WebServlet logs
            throw new IllegalStateException("page " + template + " failed: " + e.getMessage(), e);
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }

    /** A label in {@code language}, {@code {0}}... filled; an unknown key comes back as it is. */
    public static String label(String language, String key, Object... args) {
        return format(labels(language), Locale.forLanguageTag(language), key, args);
    }

    /**
     * The page language: {@code ?lang=} when it is one of {@code offered}, else the first of the
     * browser's Accept-Language that is, else {@code fallback}.
     */
    public static String language(HttpServletRequest request, List<String> offered, String fallback) {
        String asked = request.getParameter("lang");
        if (asked != null && offered.contains(asked)) {
            return asked;
        }
        for (var e = request.getLocales(); e.hasMoreElements();) {
            String l = e.nextElement().getLanguage();
            if (offered.contains(l)) {
                return l;
            }
        }
        return fallback;
    }

    /**
     * The label files, looked up in this order: the shared one, then one per area
     * ({@code respondent/labels.properties}, {@code consultant/...}, {@code admin/...}).
     */
    static final List<String> LABELS = List.of("org.tandem.web.internal.labels",
            "org.tandem.web.internal.respondent.labels", "org.tandem.web.internal.consultant.labels",
            "org.tandem.web.internal.admin.labels", "org.tandem.web.internal.portfolio.labels");

    private static List<ResourceBundle> labels(String language) {
        List<ResourceBundle> bundles = new java.util.ArrayList<>();
        for (String name : LABELS) {
            try {
                bundles.add(ResourceBundle.getBundle(name, Locale.forLanguageTag(language), Pages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // that area has no labels (yet)
            }
        }
        return bundles;
    }

    private static String label(List<ResourceBundle> labels, Locale locale, List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(key, args...) needs a label key");
        }
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            args[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        return format(labels, locale, DeepUnwrap.unwrap((TemplateModel) arguments.get(0)).toString(), args);
    }

    private static String format(List<ResourceBundle> labels, Locale locale, String key, Object... args) {
        for (ResourceBundle bundle : labels) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }
}
