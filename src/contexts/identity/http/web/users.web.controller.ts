import { Body, Controller, Get, Post, Put, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessPolicy } from '../../../../shared/access/access-policy.js';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AlsoServes, JsonErrors } from '../../../../shared/http/route-options.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { emptyForm, formFromError, type FormState } from '../../../../shared/web/form.js';
import { paginationFor } from '../../../../shared/web/pagination.js';
import { roleLabel } from '../../../../shared/web/template-filters.js';
import { formFields, redirectTo, renderPage } from '../../../../shared/web/web-response.js';
import type { UserViewRow } from '../../application/user.read-model.js';
import { USER_FORM_FIELDS, userFormValues, UsersService, type InlineUserEdit, type UserForm } from '../../application/users.service.js';
import { submitForm } from '../../../../shared/web/form-submission.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';
import { goJson } from '../../../../shared/http/go-json.js';

/** The user pages (workflows.md §5.6–§5.9). */
@WebPages()
@Controller('users')
export class UsersWebController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authorize('UserRead', 'User')
  async index(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const page = await this.users.list(actor, query);
    const filters = Object.fromEntries(new URLSearchParams(query));
    return renderPage(reply, 'identity/users/index', {
      pageTitle: 'Users',
      users: page.items,
      pagination: paginationFor(page, requestPath(request), query),
      filters,
      roles: this.users.roleOptions(actor).map((role) => ({ value: role, label: roleLabel(role) })),
      institutions: isSysAdmin(actor) ? await this.users.institutionOptions(actor) : [],
      canCreate: AccessPolicy.hasPermission(actor, 'UserCreate', actor.institutionId),
    });
  }

  @Get('new')
  @Authorize('UserCreate', 'User')
  async newForm(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const gracePeriod = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    return this.formPage(actor, reply, null, emptyForm({ InstitutionID: String(actor.institutionId), Role: 'institutional_user', GracePeriod: gracePeriod }));
  }

  @Post('new')
  @Authorize('UserCreate', 'User')
  async create(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const fields = formFields(body);
    return submitForm(
      request,
      reply,
      () => this.users.create(actor, fields as UserForm),
      (id) => ({ flash: `The account of ${fields.Name} has been created and a welcome email with a set-up link sent to ${fields.Email}.`, redirect: `/users/show/${id}` }),
      (error) => this.formPage(actor, reply, null, formFromError(fields, error, USER_FORM_FIELDS), 400),
    );
  }

  @Get('show/:id')
  @Authorize('UserRead', 'User')
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const user = await this.users.get(actor, resource.id);
    return renderPage(reply, 'identity/users/show', {
      pageTitle: 'User Detail',
      user,
      self: user.id === actor.userId,
      canEdit: AccessPolicy.hasPermission(actor, 'UserUpdate', user.institution_id),
      canDelete: AccessPolicy.hasPermission(actor, 'UserDelete', user.institution_id) && this.users.mayDeactivate(actor, user.id),
    });
  }

  @Get('edit/:id')
  @Authorize('UserUpdate', 'User')
  async editForm(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const user = await this.users.get(actor, resource.id);
    return this.formPage(actor, reply, user, emptyForm(userFormValues(user)));
  }

  @Post('edit/:id')
  @AlsoServes('PUT')
  @Authorize('UserUpdate', 'User')
  async update(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<FastifyReply> {
    const fields = formFields(body);
    return submitForm(
      request,
      reply,
      () => this.users.update(actor, resource.id, fields as UserForm),
      () => ({ flash: 'The user has been saved.', redirect: `/users/show/${resource.id}` }),
      async (error) => this.formPage(actor, reply, await this.users.get(actor, resource.id), formFromError(fields, error, USER_FORM_FIELDS), 400),
    );
  }

  /** The inline edit of the reference's user list: JSON `{"StatusCode":200,"Message":"Update succeeded."}`, errors in the API's shape. */
  @Put('edit_xhr/:id')
  @Authorize('UserUpdate', 'User')
  @JsonErrors()
  async updateInline(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<FastifyReply> {
    await this.users.updateInline(actor, request, resource.id, formFields(body) as InlineUserEdit);
    return reply.status(200).header('content-type', 'application/json; charset=utf-8').send(goJson({ StatusCode: 200, Message: 'Update succeeded.' }));
  }

  @Post('delete/:id')
  @AlsoServes('DELETE')
  @Authorize('UserDelete', 'User')
  async deactivate(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    await this.users.deactivate(actor, resource.id);
    addFlash(request, 'success', 'The user has been deactivated and signed out everywhere.');
    return redirectTo(reply, '/users');
  }

  @Post('undelete/:id')
  @AlsoServes('PUT')
  @Authorize('UserUpdate', 'User')
  async reactivate(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    await this.users.reactivate(actor, resource.id);
    addFlash(request, 'success', 'The user has been reactivated.');
    return redirectTo(reply, `/users/show/${resource.id}`);
  }

  @Get('my_account')
  @Authorize('UserUpdateSelf', 'User')
  async myAccount(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return renderPage(reply, 'identity/users/my-account', { pageTitle: 'My Account', user: await this.users.myAccount(actor) });
  }

  @Post('get_api_key/:id')
  @Authorize('UserUpdateSelf', 'User')
  async apiKey(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const key = await this.users.generateApiKey(actor, resource.id);
    void reply.header('cache-control', 'no-store');
    return renderPage(reply, 'identity/users/api-key', { pageTitle: 'API Key', key, email: actor.email });
  }

  /** The roles the actor may give, and the user's own when it is not one of them (`none`), so saving keeps it. */
  private formRoles(actor: Actor, user: UserViewRow | null): string[] {
    const roles: string[] = [...this.users.roleOptions(actor)];
    return user && !roles.includes(user.role) ? [...roles, user.role] : roles;
  }

  private async formPage(actor: Actor, reply: FastifyReply, user: UserViewRow | null, form: FormState, status = 200): Promise<FastifyReply> {
    return renderPage(
      reply,
      'identity/users/form',
      {
        pageTitle: user ? 'Edit User' : 'New User',
        user,
        form,
        roleLocked: user !== null && !this.users.mayChangeRole(actor, user.id),
        roles: this.formRoles(actor, user).map((role) => ({ value: role, label: roleLabel(role) })),
        institutions: (await this.users.institutionOptions(actor)).map((i) => ({ value: String(i.id), label: i.name })),
        chooseInstitution: isSysAdmin(actor),
      },
      status,
    );
  }
}
