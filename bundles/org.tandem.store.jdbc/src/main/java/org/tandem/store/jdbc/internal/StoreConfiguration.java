package org.tandem.store.jdbc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the JDBC store, PID {@code org.tandem.store.jdbc}. Without one, the store uses
 * an embedded H2 database under the framework property {@code tandem.data}.
 */
@ObjectClassDefinition(name = "Tandem JDBC store",
        description = "Where assessments, respondents and responses are stored.")
public @interface StoreConfiguration {

    /** The PID; also the component name. */
    String PID = "org.tandem.store.jdbc";

    @AttributeDefinition(name = "JDBC URL", required = false,
            description = "The database, e.g. jdbc:postgresql://db.example.com/tandem. Empty: an embedded H2 "
                    + "database in ${tandem.data}/store/tandem, written to disk on every commit and "
                    + "locked against other processes.")
    String url() default "";

    @AttributeDefinition(name = "User", required = false, description = "Database user; empty for the driver's default.")
    String user() default "";

    /**
     * The property is {@code .password}: DS copies component properties to the service registration
     * unless their name starts with a full stop, and a password must not be readable there.
     */
    @AttributeDefinition(name = "Password", required = false, type = AttributeType.PASSWORD,
            description = "Database password (property .password). Empty: the first line of passwordFile, else "
                    + "the environment variable " + ConnectionPool.PASSWORD_VARIABLE + ", else none.")
    String _password() default "";

    @AttributeDefinition(name = "Password file", required = false,
            description = "A file whose first line is the database password, relative to the installation "
                    + "(keep it readable by the Tandem user only); used when .password is empty.")
    String passwordFile() default "";

    @AttributeDefinition(name = "Pool size", min = "1",
            description = "Most connections open at once; callers beyond it wait up to 30 seconds.")
    int poolSize() default 8;

    @AttributeDefinition(name = "Driver",
            description = "The osgi.jdbc.driver.class of the DataSourceFactory service to use, e.g. "
                    + "org.postgresql.Driver. Set DataSourceFactory.target to match.")
    String driver() default JdbcAssessmentStore.DEFAULT_DRIVER;

    @AttributeDefinition(name = "DataSourceFactory target",
            description = "LDAP filter selecting the DataSourceFactory service; must name the same driver, e.g. "
                    + "(osgi.jdbc.driver.class=org.postgresql.Driver).")
    String DataSourceFactory_target() default JdbcAssessmentStore.DEFAULT_TARGET;
}
