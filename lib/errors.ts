// Typed application errors: mutations throw them, actions turn them into form state,
// route handlers into 4xx responses.
export class AppError extends Error {
  constructor(
    message: string,
    public status: number,
    public fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super(message, 404);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do that.") {
    super(message, 403);
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to do that.") {
    super(message, 401);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, 409, fieldErrors);
  }
}
export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, 400, fieldErrors);
  }
}
