/**
 * Copr projects and their permissions: the project proxy, project settings and Copr's answers about
 * projects.
 */
@NullMarked
package dev.copr.client.project;

import org.jspecify.annotations.NullMarked;
