package org.xiaoneng.platform.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.OutOfScopeException;

/**
 * Every failure reaches the person as a clear message in their language with a reference id: RFC 9457 JSON under
 * {@code /api/}, an error page elsewhere. Details go only to the log, under the same id.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.NOT_FOUND, e.messageKey(), e.arguments(), null, null);
    }

    @ExceptionHandler(OutOfScopeException.class)
    Object outOfScope(OutOfScopeException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.FORBIDDEN, e.messageKey(), e.arguments(), null, null);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONFLICT, e.messageKey(), e.arguments(), null, null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request,
            HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONFLICT, "error.concurrentChange", new Object[0], null, null);
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(), e.arguments(), null, null);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object denied(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.FORBIDDEN, "error.forbidden", new Object[0], null, null);
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        if (fields.size() == 1 && e.getGlobalErrorCount() == 0) {
            // one wrong value: say which and why in the detail itself, not only in the field list
            return respond(request, response, HttpStatus.BAD_REQUEST, "error.invalidValue",
                    new Object[] {fields.values().iterator().next()}, fields, null);
        }
        return respond(request, response, HttpStatus.BAD_REQUEST, "error.invalid", new Object[0], fields, null);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
        HandlerMethodValidationException.class, ConstraintViolationException.class,
        org.springframework.http.converter.HttpMessageNotReadableException.class})
    Object badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : "";
        return respond(request, response, HttpStatus.BAD_REQUEST, "error.badRequest", new Object[] {name}, null, null);
    }

    /** 405, naming the methods the resource does allow ({@code Allow}, as HTTP requires of a 405). */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) {
        if (e.getSupportedHttpMethods() != null && !e.getSupportedHttpMethods().isEmpty()) {
            response.setHeader(HttpHeaders.ALLOW, e.getSupportedHttpMethods().stream().map(HttpMethod::name)
                    .sorted().collect(Collectors.joining(", ")));
        }
        return respond(request, response, HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed", new Object[0],
                null, null);
    }

    /** A unique key the service did not check first (or two requests raced past the check): the row exists. */
    @ExceptionHandler(DuplicateKeyException.class)
    Object duplicate(DuplicateKeyException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONFLICT, "error.duplicate", new Object[0], null, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", new Object[0], null,
                null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.NOT_ACCEPTABLE, "error.notAcceptable", new Object[0], null,
                null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", new Object[0], null, null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.NOT_FOUND, "error.pageNotFound", new Object[0], null, null);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[0], null, e);
    }

    private Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object[] arguments, Map<String, String> fieldErrors, Exception cause) {
        String errorId = ErrorIds.next();
        if (cause != null) {
            log.error("[{}] {} {} failed", errorId, request.getMethod(), request.getRequestURI(), cause);
        } else {
            log.info("[{}] {} {} answered {} ({})", errorId, request.getMethod(), request.getRequestURI(),
                    status.value(), key);
        }
        Locale locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(key, arguments, key, locale);
        String title = messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale);
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("errorId", errorId);
            problem.setProperty("code", key);
            if (fieldErrors != null && !fieldErrors.isEmpty()) {
                problem.setProperty("errors", fieldErrors);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView view = new ModelAndView(isHtmx(request) ? "partials/error :: message" : "error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("title", title);
        view.addObject("detail", detail);
        view.addObject("errorId", errorId);
        view.addObject("fieldErrors", fieldErrors == null ? Map.of() : fieldErrors);
        return view;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
