package org.fairdesk.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.yaml.JacksonYamlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link ApiJsonConverter}, made from Boot's mapper, in the place of Spring's JSON converter, and takes out the
 * YAML converter Spring adds because jackson-dataformat-yaml is on the classpath (for plan documents): the API takes
 * JSON only.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson implements WebMvcConfigurer {

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf(JacksonYamlHttpMessageConverter.class::isInstance);
		converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter json
				&& !(converter instanceof ApiJsonConverter) ? new ApiJsonConverter(json.getMapper()) : converter);
	}
}
