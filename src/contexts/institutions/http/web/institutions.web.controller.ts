import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessPolicy } from '../../../../shared/access/access-policy.js';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AlsoServes } from '../../../../shared/http/route-options.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { emptyForm, formFromError, type FormState } from '../../../../shared/web/form.js';
import { paginationFor } from '../../../../shared/web/pagination.js';
import { formFields, redirectTo, renderPage } from '../../../../shared/web/web-response.js';
import type { InstitutionViewRow } from '../../application/institution.read-model.js';
import { INSTITUTION_FORM_FIELDS, InstitutionWritesService, type InstitutionForm } from '../../application/institution-writes.service.js';
import { InstitutionsService } from '../../application/institutions.service.js';
import { displayType } from '../../domain/institution.js';
import { submitForm } from '../../../../shared/web/form-submission.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const TYPE_OPTIONS = [
  { value: 'MemberInstitution', label: 'Member' },
  { value: 'SubscriptionInstitution', label: 'Associate' },
];

/** The institution pages (workflows.md §5.10). */
@WebPages()
@Controller('institutions')
export class InstitutionsWebController {
  constructor(
    private readonly institutions: InstitutionsService,
    private readonly writes: InstitutionWritesService,
  ) {}

  @Get()
  @Authorize('InstitutionList', 'Institution')
  async index(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const page = await this.institutions.list(actor, query, { unknownParameters: 'ignore' });
    return renderPage(reply, 'institutions/index', {
      pageTitle: 'Institutions',
      institutions: page.items.map((i) => ({ ...i, typeLabel: displayType(i.type) })),
      pagination: paginationFor(page, requestPath(request), query),
      filters: Object.fromEntries(new URLSearchParams(query)),
      types: TYPE_OPTIONS,
    });
  }

  @Get('new')
  @Authorize('InstitutionCreate', 'Institution')
  newForm(@Res() reply: FastifyReply): Promise<FastifyReply> {
    return this.formPage(reply, null, emptyForm({ Type: 'MemberInstitution', SpotRestoreFrequency: '0' }));
  }

  @Post('new')
  @Authorize('InstitutionCreate', 'Institution')
  async create(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const fields = formFields(body);
    return submitForm(
      request,
      reply,
      () => this.writes.create(fields as InstitutionForm),
      (id) => ({ flash: `${fields.Name} has been created.`, redirect: `/institutions/show/${id}` }),
      (error) => this.formPage(reply, null, formFromError(fields, error, INSTITUTION_FORM_FIELDS), 400),
    );
  }

  @Get('show/:id')
  @Authorize('InstitutionRead', 'Institution')
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const detail = await this.institutions.getDetail(actor, resource.id);
    return renderPage(reply, 'institutions/show', {
      pageTitle: 'Institution Detail',
      ...detail,
      typeLabel: displayType(detail.institution.type),
      canEdit: AccessPolicy.hasPermission(actor, 'InstitutionUpdate', resource.id),
      canEditPreferences: AccessPolicy.hasPermission(actor, 'InstitutionUpdatePrefs', resource.id),
      canDelete: AccessPolicy.hasPermission(actor, 'InstitutionDelete', resource.id),
      canSeeUsers: AccessPolicy.hasPermission(actor, 'UserRead', resource.id),
    });
  }

  @Get('edit/:id')
  @Authorize('InstitutionUpdate', 'Institution')
  async editForm(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const institution = await this.institutions.getView(actor, resource.id);
    return this.formPage(reply, institution, emptyForm(formValuesOf(institution)));
  }

  @Post('edit/:id')
  @AlsoServes('PUT')
  @Authorize('InstitutionUpdate', 'Institution')
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
      () => this.writes.update(resource.id, fields as InstitutionForm),
      () => ({ flash: 'The institution has been saved.', redirect: `/institutions/show/${resource.id}` }),
      async (error) => {
        const institution = await this.institutions.getView(actor, resource.id);
        return this.formPage(reply, institution, formFromError({ ...fields, Identifier: institution.identifier ?? '' }, error, INSTITUTION_FORM_FIELDS), 400);
      },
    );
  }

  @Get('edit_preferences/:id')
  @Authorize('InstitutionUpdatePrefs', 'Institution')
  async preferencesForm(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const institution = await this.institutions.getView(actor, resource.id);
    return this.preferencesPage(reply, institution, emptyForm(formValuesOf(institution)));
  }

  @Post('edit_preferences/:id')
  @AlsoServes('PUT')
  @Authorize('InstitutionUpdatePrefs', 'Institution')
  async updatePreferences(
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
      () => this.writes.updatePreferences(resource.id, fields as InstitutionForm),
      () => ({ flash: 'The preferences have been saved.', redirect: `/institutions/show/${resource.id}` }),
      async (error) => this.preferencesPage(reply, await this.institutions.getView(actor, resource.id), formFromError(fields, error, INSTITUTION_FORM_FIELDS), 400),
    );
  }

  @Post('delete/:id')
  @AlsoServes('DELETE', 'GET')
  @Authorize('InstitutionDelete', 'Institution')
  async deactivate(@AuthorizedResource() resource: LocatedResource, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    await this.writes.deactivate(resource.id);
    addFlash(request, 'success', 'The institution has been deactivated.');
    return redirectTo(reply, `/institutions/show/${resource.id}`);
  }

  @Post('undelete/:id')
  @AlsoServes('GET')
  @Authorize('InstitutionUpdate', 'Institution')
  async reactivate(@AuthorizedResource() resource: LocatedResource, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    await this.writes.reactivate(resource.id);
    addFlash(request, 'success', 'The institution has been reactivated.');
    return redirectTo(reply, `/institutions/show/${resource.id}`);
  }

  private async formPage(reply: FastifyReply, institution: InstitutionViewRow | null, form: FormState, status = 200): Promise<FastifyReply> {
    const members = (await this.institutions.memberInstitutions()).filter((m) => m.id !== institution?.id);
    return renderPage(
      reply,
      'institutions/form',
      {
        pageTitle: institution ? 'Edit Institution' : 'New Institution',
        institution,
        form,
        types: TYPE_OPTIONS,
        members: [{ value: '', label: 'None' }, ...members.map((m) => ({ value: String(m.id), label: m.name }))],
      },
      status,
    );
  }

  private preferencesPage(reply: FastifyReply, institution: InstitutionViewRow, form: FormState, status = 200): Promise<FastifyReply> {
    return renderPage(reply, 'institutions/preferences', { pageTitle: 'Institution Preferences', institution, form }, status);
  }
}

function formValuesOf(institution: InstitutionViewRow): Record<string, string> {
  return {
    Name: institution.name ?? '',
    Identifier: institution.identifier ?? '',
    Type: institution.type ?? '',
    MemberInstitutionID: institution.parent_id ? String(institution.parent_id) : '',
    OTPEnabled: institution.otp_enabled ? 'true' : 'false',
    SpotRestoreFrequency: String(institution.spot_restore_frequency ?? 0),
  };
}
