package org.tandem.api.deploy;

/**
 * The outcome of a change to the hot-deploy folder.
 *
 * @param current  the jar now in place, or null after an undeploy
 * @param previous the jar the change replaced or removed (now kept for rollback), or null
 * @since 1.0
 */
public record DeployChange(DeployedJar current, DeployedJar previous) {
}
