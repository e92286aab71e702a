/**
 * An example user of the starter: a bot that builds release SRPMs in Copr and waits for the results.
 */
@NullMarked
package com.example.releasebot;

import org.jspecify.annotations.NullMarked;
