import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../../../shared/errors/domain-error.js';

/**
 * The `:user_id` path parameter as an integer. Anything else is refused with 400 (the reference
 * answers 500 with the parser's message).
 */
@Injectable()
export class UserIdParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(id)) throw new DomainError('invalid', 'user_id must be an integer');
    return id;
  }
}
