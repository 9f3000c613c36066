package org.tandem.core.internal.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.core.internal.VersionedServices;

/**
 * The whiteboard of report renderers, by id and version, with the bounded wait of
 * {@link VersionedServices} for a renderer being replaced.
 */
@Component(service = ReportRenderers.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ReportRenderers {

    /** The id prefix of the stock renderers: {@code tandem.html}, {@code tandem.pdf}, ... */
    static final String STOCK = "tandem.";

    private final VersionedServices<ReportRenderer, RendererInfo> renderers =
            new VersionedServices<>(RendererInfo::id, RendererInfo::version);
    private final Logger log;

    @Activate
    public ReportRenderers(@Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    /** Going away: scorings and reports waiting here return at once (see {@link VersionedServices#close}). */
    @Deactivate
    void deactivate() {
        renderers.close();
    }

    @Reference(name = "renderer", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updateRenderer")
    void addRenderer(ReportRenderer renderer, ServiceReference<ReportRenderer> ref) {
        RendererInfo info = info(ref);
        if (info != null) {
            renderers.add(info, renderer, ref);
        } else {
            renderers.remove(ref);
            log.warn("Report renderer service {} of bundle {} is ignored: it needs the service properties "
                    + "tandem.report.id and tandem.report.format (@ReportRendererProperties)",
                    ref.getProperty("service.id"), ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName());
        }
    }

    void updateRenderer(ReportRenderer renderer, ServiceReference<ReportRenderer> ref) {
        addRenderer(renderer, ref);
    }

    void removeRenderer(ServiceReference<ReportRenderer> ref) {
        renderers.remove(ref);
    }

    /** Every bound renderer, by format, id, then version. */
    List<RendererInfo> all() {
        return renderers.all().stream().map(VersionedServices.Bound::info)
                .sorted(Comparator.comparing(RendererInfo::format)).toList();
    }

    /** The renderer {@code id} at {@code version} (null: the highest). */
    Optional<VersionedServices.Bound<ReportRenderer, RendererInfo>> find(String id, String version) {
        return renderers.find(id, version);
    }

    /**
     * The default renderer of {@code format}: the highest version of the stock one
     * ({@code tandem.<format>}), else the highest version of any (the first id on a tie).
     */
    Optional<VersionedServices.Bound<ReportRenderer, RendererInfo>> standard(String format) {
        Optional<VersionedServices.Bound<ReportRenderer, RendererInfo>> stock = renderers.find(STOCK + format, null)
                .filter(b -> b.info().format().equals(format));
        return stock.isPresent() ? stock : renderers.highest(info -> info.format().equals(format));
    }

    /** What {@code lookup} finds, waiting up to {@code waitMillis} for renderers being bound. */
    Optional<VersionedServices.Bound<ReportRenderer, RendererInfo>> await(
            java.util.function.Supplier<Optional<VersionedServices.Bound<ReportRenderer, RendererInfo>>> lookup,
            long waitMillis) throws InterruptedException {
        return renderers.await(lookup, waitMillis);
    }

    /** A renderer's id, format, name, media type, extension, version (its bundle's when empty), bundle. */
    static RendererInfo info(ServiceReference<?> ref) {
        String id = VersionedServices.property(ref, "tandem.report.id", null);
        String format = VersionedServices.property(ref, "tandem.report.format", null);
        if (id == null || format == null || ref.getBundle() == null) {
            return null;
        }
        String bundleVersion = ref.getBundle().getVersion().toString();
        return new RendererInfo(id, format, VersionedServices.property(ref, "tandem.report.name", id),
                VersionedServices.property(ref, "tandem.report.mediaType", "application/octet-stream"),
                VersionedServices.property(ref, "tandem.report.extension", format),
                VersionedServices.property(ref, "tandem.report.version", bundleVersion), ref.getBundle().getSymbolicName(),
                bundleVersion);
    }
}
