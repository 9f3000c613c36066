package org.tandem.api.spi.model;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.tandem.api.model.ValueModel;

/**
 * Contributes value models built in code. Register it as an OSGi service (whiteboard); its models
 * are validated like documents and installed while the service is registered.
 * <p>
 * Implementations must be thread safe; {@link #models()} may be called at any time.
 *
 * @since 1.0
 */
@ConsumerType
public interface ValueModelProvider {

    /** The models this provider contributes; never null. */
    List<ValueModel> models();
}
