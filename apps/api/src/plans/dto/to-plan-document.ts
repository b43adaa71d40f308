import {
  PlanDocument,
  PlanDocumentCentro,
  PlanDocumentIndicator,
  PlanDocumentObjective,
} from '@ciclo/domain';
import { plainData } from '../routing/plain-data';
import { toMeasuredValue } from './measured-value.dto';
import { ObjectiveFieldsDto } from './objective-fields.dto';
import { PlanDocumentCentroDto, PlanDocumentIndicatorDto } from './plan-document-centro.dto';
import { PlanDocumentDto } from './plan-document.dto';
import { toResourceTable } from './resource-table.dto';

/**
 * The domain document of a validated request: optional lists get their empty default, optional
 * fields left out stay out, and `lifecycle` (export only) is dropped.
 */
export function toPlanDocument(dto: PlanDocumentDto): PlanDocument {
  return {
    format: dto.format,
    ente: plainData(dto.ente),
    year: dto.year,
    triennio: [dto.triennio[0], dto.triennio[1]],
    centri: dto.centri.map(toDocumentCentro),
    ...(dto.approval ? { approval: { delibera: plainData(dto.approval.delibera) } } : {}),
  };
}

function toDocumentCentro(centro: PlanDocumentCentroDto): PlanDocumentCentro {
  const { strumentali, umane } = centro.resources;
  return plainData({
    code: centro.code,
    name: centro.name,
    kind: centro.kind,
    parentCode: centro.parentCode,
    responsabile: centro.responsabile,
    serviceDescription: centro.serviceDescription,
    activities: centro.activities.map((activity) => ({
      number: activity.number,
      description: activity.description,
      subItems: activity.subItems ?? [],
    })),
    indicators: centro.indicators.map(toDocumentIndicator),
    objectives: centro.objectives.map(toDocumentObjective),
    resources: {
      strumentali: strumentali && toResourceTable(strumentali),
      umane: umane && toResourceTable(umane),
    },
  });
}

function toDocumentIndicator(indicator: PlanDocumentIndicatorDto): PlanDocumentIndicator {
  // integer-like keys iterate in ascending order, so the years come out sorted
  const values = Object.fromEntries([...indicator.values].map(([year, value]) => [year, toMeasuredValue(value)]));
  return plainData({
    area: indicator.area,
    description: indicator.description,
    activityNumber: indicator.activityNumber,
    values,
  });
}

function toDocumentObjective(objective: ObjectiveFieldsDto): PlanDocumentObjective {
  return plainData({ ...objective, measures: objective.measures ?? [] });
}
