package org.fairdesk.shared;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells once, at start, which database this is, for every repository that sends SQL only one of them takes. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	Database database(DataSource dataSource) {
		return Database.of(dataSource);
	}
}
