package org.fairdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.demo.*}.
 *
 * @param enabled seed the demo into an empty database (on by default; set false in production)
 * @param seed the random seed: the same seed and start date give the same history
 */
@ConfigurationProperties("fairdesk.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("42") long seed) {
}
