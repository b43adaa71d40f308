import { CanActivate, ExecutionContext, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { mayReadPlan } from '@ciclo/domain';
import { PlanRepository } from '../command-handling/plan-repository';
import { AuthenticatedRequest } from './authenticated-request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reading anything under /api/plans/:planId needs the read policy's consent: the plan's ente, and
 * for a viewer an approved plan. The plan comes from its stream, not a read model that may lag.
 * Commands are checked by the policy table inside the command handler.
 */
@Injectable()
export class PlanReadGuard implements CanActivate {
  constructor(private readonly plans: PlanRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const planId = request.params?.planId;
    if (request.method !== 'GET' || !request.principal || typeof planId !== 'string' || !UUID.test(planId)) return true;
    const { state } = await this.plans.load(planId);
    // an unknown plan is the route's to report
    if (!state) return true;
    const decision = mayReadPlan(request.principal, { enteCode: state.ente.code, status: state.status });
    if (decision.allowed) return true;
    if (decision.reason === 'other_ente') throw new NotFoundException(`plan ${planId} not found`);
    throw new ForbiddenException(`A viewer reads only plans the Giunta has approved; plan ${planId} is ${state.status}`);
  }
}
