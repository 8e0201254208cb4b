package org.fairdesk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps is in docs/api.md: each method and path pattern of Spring MVC's
 * {@link RequestMappingHandlerMapping} whose controller is Fairdesk's own, the API under {@code /api} and the pages
 * alike, must appear there as {@code METHOD /path} (path variables may be named differently; a query string after
 * the path is ignored; {@code `GET`, `PUT /path`} documents both methods).
 * <p>
 * Left out, because they are not Fairdesk's endpoints: Spring Boot's {@code /error} controller, which Fairdesk's
 * {@code ApiErrorController} extends (where the container forwards failures; api.md says it answers 404 when asked for directly) and actuator's health endpoints, which have
 * their own handler mapping and are described in the README and architecture.md. Form login's {@code POST /login}
 * and {@code POST /logout} are Spring Security filters, not mappings, so they are not listed here either (api.md
 * names them under Pages). There is no springdoc in the application.
 */
@SpringBootTest
class ApiDocumentationTests {

	private static final Pattern DOCUMENTED = Pattern
		.compile("((?:(?:GET|POST|PUT|PATCH|DELETE)[`,\\s]+)+)(/[^\\s`?(),]*)");

	private static final Pattern METHOD = Pattern.compile("GET|POST|PUT|PATCH|DELETE");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyMappedEndpointIsInApiMd() throws IOException {
		Set<String> documented = documented(Files.readString(Path.of("docs/api.md")));
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.fairdesk")
					&& !org.springframework.boot.webmvc.error.ErrorController.class.isAssignableFrom(handler.getBeanType())) {
				mapped.addAll(endpoints(info));
			}
		});

		assertThat(mapped).as("endpoints Spring MVC maps").isNotEmpty().contains("GET /api/requests/{}");
		assertThat(mapped).as("mapped endpoints missing from docs/api.md").isSubsetOf(documented);
	}

	private static Set<String> endpoints(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		Set<String> endpoints = new TreeSet<>();
		for (String path : info.getPatternValues()) {
			if (methods.isEmpty()) {
				endpoints.add("ANY " + normalized(path));
			}
			methods.forEach(method -> endpoints.add(method.name() + " " + normalized(path)));
		}
		return endpoints;
	}

	static Set<String> documented(String markdown) {
		Set<String> endpoints = new TreeSet<>();
		Matcher endpoint = DOCUMENTED.matcher(markdown);
		while (endpoint.find()) {
			Matcher method = METHOD.matcher(endpoint.group(1));
			while (method.find()) {
				endpoints.add(method.group() + " " + normalized(endpoint.group(2)));
			}
		}
		return endpoints;
	}

	/** {@code /api/teams/{teamId}/reps} and {@code /api/teams/{id}/reps} are the same endpoint. */
	private static String normalized(String path) {
		return path.replaceAll("\\{[^}]*}", "{}");
	}
}
