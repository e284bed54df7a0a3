package org.castellan.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.castellan.platform.CurrentUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets every controller method take a {@link CurrentUser} parameter. */
@Configuration(proxyBeanMethods = false)
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private final CurrentUsers currentUsers;

    CurrentUserArgumentResolver(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        return currentUsers.of(request.getNativeRequest(HttpServletRequest.class))
                .orElseThrow(() -> new InsufficientAuthenticationException("not logged in, or account disabled"));
    }
}
