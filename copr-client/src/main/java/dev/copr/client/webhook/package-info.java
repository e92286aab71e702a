/**
 * Webhook secrets of projects, with which forges trigger Copr builds.
 */
@NullMarked
package dev.copr.client.webhook;

import org.jspecify.annotations.NullMarked;
