package org.xiaoneng.platform;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every module's console pages share: validating a form as the command it becomes (the same rules as the API),
 * turning a refused change into a message above the form in the reader's language, and telling htmx requests from
 * full page loads. Templates show {@link #FORM_ERROR} above the form and the {@link #FLASH} message key after a
 * redirect.
 */
@Component
public class ConsoleForms {

    /** Model attribute: the refusal to show above the form. */
    public static final String FORM_ERROR = "formError";
    /** Flash attribute: the message key of what was just done. */
    public static final String FLASH = "flash";

    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    ConsoleForms(Validator validator, MessageSource messages) {
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    /** Validates the command built from the form; errors land on the form's fields of the same names. */
    public boolean valid(Object command, BindingResult result) {
        validator.validate(command, result);
        return !result.hasErrors();
    }

    /**
     * Shows the refusal above the form (422, or 409 for a conflict). Out of scope and not found are not form messages:
     * they are thrown on, for the platform to answer 403 / 404.
     */
    public void refused(DomainException e, Model model, HttpServletResponse response) {
        if (e instanceof OutOfScopeException || e instanceof NotFoundException) {
            throw e;
        }
        response.setStatus(e instanceof ConflictException ? 409 : 422);
        model.addAttribute(FORM_ERROR,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
    }

    /**
     * A step submitted from a record's page: when the form is valid, takes the step and redirects to {@code done} with
     * the {@code flash} message key; when it is not (422), or the step is refused, renders the page again with the
     * message.
     */
    public String submit(Object form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String flash, String done, Runnable step, Supplier<String> page) {
        if (valid(form, result)) {
            try {
                step.run();
                redirect.addFlashAttribute(FLASH, flash);
                return "redirect:" + done;
            } catch (DomainException e) {
                refused(e, model, response);
            }
        } else {
            response.setStatus(422);
        }
        return page.get();
    }

    /** Whether htmx sent the request (answer a fragment, not the whole page). */
    public static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
