package org.fairdesk.web;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says when Fairdesk is ready: after start-up work such as the demo's seeding, which runs after the web server
 * has started. The start-up benchmark waits for this line.
 */
@Component
class ReadyLog {

	private static final Logger LOG = LoggerFactory.getLogger(ReadyLog.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		LOG.info("Fairdesk is ready at http://localhost:{} ({} ms after the JVM started)",
				environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")),
				ManagementFactory.getRuntimeMXBean().getUptime());
	}
}
