import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiServiceUnavailableResponse,
} from '@nestjs/swagger';
import { ApiCommandHeaders } from '../../command-handling/command-envelope.decorator';
import { CommandResponseDto } from '../../command-handling/command-response.dto';

const ID_DESCRIPTIONS = {
  planId: 'The plan (from POST /api/plans or POST /api/plans/import)',
  centroId: 'A centro of the plan (from POST .../centri)',
  objectiveId: 'An objective of the plan (from POST .../objectives)',
  variationId: 'A variation of the plan (from POST .../variations)',
  activityId: 'An activity of the centro (from POST .../activities)',
  indicatorId: 'An activity indicator of the centro (from POST .../indicators)',
} as const;

export type IdName = keyof typeof ID_DESCRIPTIONS;

/** Documents the UUID path parameters of a route. */
export function ApiIdParams(...names: IdName[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...names.map((name) => ApiParam({ name, format: 'uuid', description: ID_DESCRIPTIONS[name] })),
  );
}

export interface CommandResponses {
  /** 201 when the command creates something, else 200 */
  created?: boolean;
  /** what was done, for the success response */
  success: string;
  /** absent only where nothing can be missing (creating a plan) */
  notFound?: string;
  conflict: string;
}

/** The headers and the answers of a command route: success with the written position, 400, 404, 409. */
export function ApiCommandResponses(responses: CommandResponses): MethodDecorator {
  const success = { type: CommandResponseDto, description: responses.success };
  return applyDecorators(
    ApiCommandHeaders(),
    responses.created ? ApiCreatedResponse(success) : ApiOkResponse(success),
    ApiBadRequestResponse({ description: 'A field, a header or a path parameter is malformed; `errors` names each one' }),
    ...(responses.notFound ? [ApiNotFoundResponse({ description: responses.notFound })] : []),
    ApiConflictResponse({ description: responses.conflict }),
  );
}

/** A route that reads the read models: it first waits until they show every committed command (ReadModelsAtHead). */
export function ApiReadModelResponses(): MethodDecorator {
  return ApiServiceUnavailableResponse({
    description: 'The read models have not caught up with the event store within 5 s (they show every command answered before the query); retry',
  });
}
