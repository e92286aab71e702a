/**
 * Chroots: those of builds and of projects with their settings and build configs, and the chroots a
 * Copr instance offers.
 */
@NullMarked
package dev.copr.client.chroot;

import org.jspecify.annotations.NullMarked;
