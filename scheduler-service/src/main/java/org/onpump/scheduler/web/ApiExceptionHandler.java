package org.onpump.scheduler.web;

import java.util.List;
import java.util.stream.Collectors;
import org.onpump.scheduler.security.ForbiddenException;
import org.onpump.shared.event.FieldViolation;
import org.onpump.shared.json.InvalidEventException;
import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json}; a 400 lists each bad field in the {@code errors} property as
 * {@code {field, message}}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidEventException.class)
  ResponseEntity<ProblemDetail> invalidEvent(InvalidEventException e) {
    return badRequest("Invalid case event", e.violations());
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
    return badRequest(e.title(), e.violations());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle(e.title());
    return ResponseEntity.of(problem).build();
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Not allowed");
    return ResponseEntity.of(problem).build();
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle(e.title());
    e.properties().forEach(problem::setProperty);
    return ResponseEntity.of(problem).build();
  }

  @ExceptionHandler(UnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(UnavailableException e) {
    log.warn("{}: {}", e.title(), e.getMessage(), e.getCause());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setTitle(e.title());
    return ResponseEntity.of(problem).header("Retry-After", "5").build();
  }

  /** A JSON body that breaks its constraints: each bad field named, as for an invalid event. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldViolation> violations = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldViolation(error.getField(), error.getDefaultMessage())).toList();
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(badRequest("Invalid request", violations).getBody());
  }

  /** A body that is not JSON, or a value of the wrong type: the field named, as for any other bad field. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = "$";
    String why = "the body is not valid JSON";
    if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
      why = jackson.getOriginalMessage();
      if (!jackson.getPath().isEmpty()) {
        field = jackson.getPath().stream()
            .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining()).replaceFirst("^\\.", "");
      }
    }
    List<FieldViolation> violations = List.of(new FieldViolation(field,
        "cannot be read: " + why.lines().findFirst().orElse(why)));
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(badRequest("Invalid request", violations).getBody());
  }

  private static ResponseEntity<ProblemDetail> badRequest(String title, List<FieldViolation> violations) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        violations.size() == 1 ? "1 field is wrong" : violations.size() + " fields are wrong");
    problem.setTitle(title);
    problem.setProperty("errors", violations);
    return ResponseEntity.of(problem).build();
  }
}
