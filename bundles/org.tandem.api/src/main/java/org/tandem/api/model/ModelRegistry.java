package org.tandem.api.model;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The value models installed now: from bundles with a {@code Tandem-ValueModel} header, from
 * {@code *.model.json} files in deploy/, and from {@code ValueModelProvider} services; and the
 * documents that were refused, with their problems.
 * <p>
 * Thread safe; every answer is a snapshot.
 *
 * @since 1.0
 */
@ProviderType
public interface ModelRegistry {

    /** Every installed model, every version, sorted by id then version. */
    List<InstalledModel> models();

    /** The highest installed version of model {@code id}. */
    Optional<InstalledModel> latest(String id);

    /** One version of one model. */
    Optional<InstalledModel> model(String id, String version);

    /** Documents that were refused, with every problem; the newest refusal per source. */
    List<ModelReading> refused();

    /**
     * A model and where it came from.
     *
     * @param model  the model
     * @param source the file or {@code bundle-symbolic-name version:path} it was read from, or the
     *               provider service
     * @param bundle the symbolic name and version of the bundle that contributed it, or null for a file
     */
    record InstalledModel(ValueModel model, String source, String bundle) {
    }
}
