/**
 * The build monitor of a project: the latest build of every package in every chroot.
 */
@NullMarked
package dev.copr.client.monitor;

import org.jspecify.annotations.NullMarked;
