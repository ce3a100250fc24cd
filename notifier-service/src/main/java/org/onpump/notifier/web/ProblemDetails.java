package org.onpump.notifier.web;

import java.util.List;
import java.util.stream.Collectors;
import org.onpump.shared.event.FieldViolation;
import tools.jackson.core.JacksonException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as {@code application/problem+json}; bad input also lists each bad field as {@code errors: [{field,
 * message}]}, the same shape as the event contract's violations.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldViolation> errors = ex.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> new FieldViolation(result.getMethodParameter().getParameterName(),
                error.getDefaultMessage())))
        .toList();
    return badRequest(ex, errors, headers, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String expected = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
    return badRequest(ex, List.of(new FieldViolation(String.valueOf(ex.getPropertyName()),
        "'" + ex.getValue() + "' is not a valid " + expected)), headers, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldViolation> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldViolation(error.getField(), error.getDefaultMessage()))
        .toList();
    return badRequest(ex, errors, headers, request);
  }

  /** A body that is not the JSON expected: the field Jackson stopped at, and why. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = "$";
    if (ex.getMostSpecificCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
      field = jackson.getPath().stream()
          .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
    String why = ex.getMostSpecificCause() instanceof JacksonException jackson ? jackson.getOriginalMessage()
        : "the body is not valid JSON";
    return badRequest(ex, List.of(new FieldViolation(field, "cannot be read: " + why.lines().findFirst()
        .orElse(why))), headers, request);
  }

  private ResponseEntity<Object> badRequest(Exception ex, List<FieldViolation> errors, HttpHeaders headers,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        errors.stream().map(FieldViolation::toString).reduce((a, b) -> a + "; " + b).orElse("Invalid request"));
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }
}
