import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/**
 * Validates and converts request bodies declared as DTO classes. Unknown fields are dropped, not
 * refused (clients send read-only view fields back); every type error is reported with its field
 * path, one per line, in a 400.
 */
export const requestValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: false,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new BadRequestException(flatten(errors).join('\n')),
});

function flatten(errors: readonly ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => message.replace(new RegExp(`^${escapeRegExp(error.property)}\\b`), path));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
