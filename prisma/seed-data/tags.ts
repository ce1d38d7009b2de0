import type { SeedTag } from "./types";

// Topic tags, some nested. Descriptions are short and written for this demo.
export const tags: SeedTag[] = [
  { key: "interpretability", name: "Interpretability", description: "Understanding what trained models represent and compute." },
  {
    key: "superposition",
    name: "Superposition",
    parentKey: "interpretability",
    description: "Networks packing more features than they have dimensions, and what that does to neuron-level analysis.",
  },
  {
    key: "sparse-autoencoders",
    name: "Sparse autoencoders",
    parentKey: "interpretability",
    description: "Dictionary learning on activations to recover interpretable feature directions.",
  },
  {
    key: "circuits",
    name: "Circuits",
    parentKey: "interpretability",
    description: "Subgraphs of a network that implement a specific, checkable behaviour.",
  },
  {
    key: "training-dynamics",
    name: "Training dynamics",
    description: "How models change over the course of training, not just where they end up.",
  },
  {
    key: "phase-transitions",
    name: "Phase transitions",
    parentKey: "training-dynamics",
    description: "Sudden qualitative changes in what a model has learned: grokking, stage-wise development, emergent capabilities.",
  },
  {
    key: "generalization",
    name: "Generalization",
    description: "Why and how models behave sensibly (or not) beyond their training data.",
  },
  {
    key: "reinforcement-learning",
    name: "Reinforcement learning",
    description: "Agents trained from reward signals, and the alignment problems specific to that setup.",
  },
  {
    key: "reward-hacking",
    name: "Reward hacking",
    parentKey: "reinforcement-learning",
    description: "Policies that score well by exploiting the reward rather than doing the intended task.",
  },
  {
    key: "rlhf",
    name: "RLHF",
    parentKey: "reinforcement-learning",
    description: "Reinforcement learning from human (or AI) preference feedback.",
  },
  { key: "language-models", name: "Language models", description: "Work that studies or uses large language models specifically." },
  { key: "deception", name: "Deception", description: "Models that mislead their overseers, whether strategically or as a learned habit." },
  {
    key: "deceptive-alignment",
    name: "Deceptive alignment",
    parentKey: "deception",
    description: "A model that behaves well in training because it expects that to serve a different goal later.",
  },
  { key: "agency", name: "Agency", description: "What goals, optimisers and agents are, and when trained systems become agentic." },
  { key: "threat-models", name: "Threat models", description: "Concrete stories of how things go wrong, and arguments about their likelihood." },
  { key: "forecasting", name: "Forecasting", description: "Timelines, takeoff speeds and scenario writing about AI progress." },
  { key: "research-methods", name: "Research methods", description: "How to do alignment research: methodology, evaluation of techniques, career and project advice." },
  { key: "introductory", name: "Introductory", description: "Good first reads that assume little background." },
  { key: "empirical", name: "Empirical", description: "Claims supported by experiments on real or toy models." },
  { key: "theory", name: "Theory", description: "Conceptual or formal work, as opposed to experiments." },
  { key: "math", name: "Math", parentKey: "theory", description: "Heavy on definitions, theorems and proofs." },
  {
    key: "learning-theory",
    name: "Learning theory",
    parentKey: "math",
    description: "Statistical and computational learning theory, including Bayesian and singular learning theory.",
  },
  { key: "critique", name: "Critique", description: "Posts whose main job is to argue against another position or agenda." },
  { key: "distillation", name: "Distillation", description: "Explainers that restate existing work more accessibly." },
  { key: "benchmarks", name: "Benchmarks and evals", description: "Datasets, environments and evaluation suites." },
];
