package org.tandem.api.deploy;

import java.nio.file.Path;

/**
 * A bundle jar in the hot-deploy folder (or kept for rollback).
 *
 * @param symbolicName its Bundle-SymbolicName, without directives
 * @param version      its Bundle-Version, {@code 0.0.0} when it has none
 * @param file         where the jar is
 * @since 1.0
 */
public record DeployedJar(String symbolicName, String version, Path file) {
}
