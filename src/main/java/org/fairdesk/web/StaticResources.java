package org.fairdesk.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, served under their own prefixes only: {@code /css/**}, {@code /js/**} and {@code /webjars/**}
 * (version-less webjar paths, as the layout links htmx). Spring Boot's default handler maps {@code /**} instead
 * ({@code spring.web.resources.add-mappings} is off in application.yml), and because the resource chain's URL filter
 * asks the handlers about every link a page builds, each {@code @{/requests/…}} link cost a miss on the class path
 * in four folders: half the live view's rendering time for its 250 links (docs/benchmarks-history.md, "The live
 * view").
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
