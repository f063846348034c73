/** A small hand-written title index (four roles) for the matcher's unit tests; the real content is tested in test/content. */
import type { TitleIndex } from '../../../src/domain/titles/title-index';

/** Four roles with a few titles each, in both languages. */
export const INDEX: TitleIndex = {
  version: 1,
  roles: [
    {
      id: 'model-engineer',
      name: { en: 'Model engineer', ko: '모델 엔지니어' },
      titles: { en: ['Edge AI Engineer', 'Inference Engineer'], ko: ['AI 모델 경량화 엔지니어', '머신러닝 엔지니어 (모델 최적화)'] },
      words: 'model quantization onnx tensorrt 양자화 engineer',
    },
    {
      id: 'modeler',
      name: { en: 'Modeler', ko: '모델러' },
      titles: { en: ['Computer Vision Engineer', 'NLP Engineer'], ko: ['딥러닝 엔지니어', 'AI 모델 개발자'] },
      words: 'model training experiment augmentation 실험',
    },
    {
      id: 'ai-engineer',
      name: { en: 'AI engineer', ko: 'AI 엔지니어' },
      titles: { en: ['LLM Engineer', 'Machine Learning Engineer'], ko: ['머신러닝 엔지니어', 'LLM 엔지니어'] },
      words: 'prompt rag retrieval 프롬프트 engineer',
    },
    {
      id: 'data-engineer',
      name: { en: 'Data engineer', ko: '데이터 엔지니어' },
      titles: { en: ['Big Data Engineer'], ko: ['빅데이터 엔지니어'] },
      words: 'data pipeline parquet kubernetes 파이프라인',
    },
  ],
};
