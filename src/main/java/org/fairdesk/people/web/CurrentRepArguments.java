package org.fairdesk.people.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves {@link CurrentRep} parameters for every module's controllers. It lives in people because people owns reps
 * and their login names; it needs from security only the authenticated principal's name and role, which the servlet
 * request carries.
 */
@Configuration(proxyBeanMethods = false)
class CurrentRepArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final PeopleManagement people;

	CurrentRepArguments(PeopleManagement people) {
		this.people = people;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		if (!parameter.hasParameterAnnotation(CurrentRep.class)) {
			return false;
		}
		Class<?> type = parameter.getParameterType();
		if (type == Rep.class || type == RepId.class || (type == Optional.class
				&& parameter.nestedIfOptional().getNestedParameterType() == Rep.class)) {
			return true;
		}
		throw new IllegalStateException("@CurrentRep fits Rep, RepId or Optional<Rep>, not " + parameter);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mav,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		Principal user = request.getUserPrincipal();
		// only a REP login acts as a rep: a manager's login that shares a rep's name (made before the rep, or a rep
		// made before the rule) is not the rep
		Optional<Rep> rep = user == null || !request.isUserInRole(Role.REP.name()) ? Optional.empty()
				: people.repByUsername(user.getName());
		Class<?> type = parameter.getParameterType();
		if (type == Optional.class) {
			return rep;
		}
		Rep me = rep.orElseThrow(() -> new ForbiddenException(
				"Login " + (user == null ? "(anonymous)" : user.getName()) + " is not a rep"));
		return type == RepId.class ? me.id() : me;
	}
}
