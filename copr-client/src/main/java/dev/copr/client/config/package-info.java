/**
 * Where and how a client reaches Copr (URL, credentials, timeouts, retries), python-copr's classic
 * config file, and where a renewed API token is saved.
 */
@NullMarked
package dev.copr.client.config;

import org.jspecify.annotations.NullMarked;
