/**
 * Packages of Copr projects: the package proxy, package settings and Copr's answers about packages.
 */
@NullMarked
package dev.copr.client.pkg;

import org.jspecify.annotations.NullMarked;
