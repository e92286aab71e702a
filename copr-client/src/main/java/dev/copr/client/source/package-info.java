/**
 * Where Copr gets a package's sources (SCM, PyPI, RubyGems, a script, DistGit), for packages and
 * builds alike.
 */
@NullMarked
package dev.copr.client.source;

import org.jspecify.annotations.NullMarked;
