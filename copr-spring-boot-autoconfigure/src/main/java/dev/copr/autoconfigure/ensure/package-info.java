/**
 * Projects in their desired state at start-up ({@code copr.ensure.*}): each project declared in the
 * configuration is created or edited to match, or its diff logged in a dry run.
 */
@NullMarked
package dev.copr.autoconfigure.ensure;

import org.jspecify.annotations.NullMarked;
