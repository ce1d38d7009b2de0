import type { SeedAgenda } from "./types";

// Research agendas, some nested. Summaries and theories of change are written for
// this demo; they describe each agenda in broad strokes rather than quote anyone.
export const agendas: SeedAgenda[] = [
  // --- Interpretability -----------------------------------------------------
  {
    key: "mechanistic-interpretability",
    name: "Mechanistic interpretability",
    section: "Understanding models",
    summary:
      "Reverse-engineer trained networks into human-legible mechanisms: which features a model represents and which circuits compute its behaviour.",
    theoryOfChange:
      "If we can read the algorithms inside a model, we can check for dangerous cognition (deception, hidden goals) directly instead of trusting behaviour, and we can debug alignment techniques by seeing what they actually changed.",
  },
  {
    key: "sparse-dictionary-learning",
    name: "Sparse dictionary learning",
    parentKey: "mechanistic-interpretability",
    section: "Understanding models",
    summary:
      "Train sparse autoencoders and related dictionaries on activations to pull superposed features apart into directions that each mean one thing.",
    theoryOfChange:
      "Neurons are polysemantic, so a neuron-level reading is hopeless; a good feature basis is the unit of analysis the rest of interpretability needs, and it can scale with automated labelling.",
  },
  {
    key: "circuit-analysis",
    name: "Circuit analysis",
    parentKey: "mechanistic-interpretability",
    section: "Understanding models",
    summary:
      "Identify the small subgraphs of attention heads and MLP features that implement a specific behaviour, and test those hypotheses with causal interventions.",
    theoryOfChange:
      "Worked end-to-end explanations are the proof that interpretability is possible at all, and the methods developed on toy behaviours (patching, scrubbing) become the audit tools for larger models.",
  },
  {
    key: "singular-learning-theory",
    name: "Singular learning theory",
    section: "Theory of learning",
    summary:
      "Watanabe's Bayesian statistics for models whose parameter-to-function map is degenerate, as neural networks are; the geometry of the loss landscape near singularities governs generalisation.",
    theoryOfChange:
      "A predictive theory of what networks learn and when would let us anticipate the structures training produces, rather than discovering them after the fact; quantities like the learning coefficient can become measurement tools.",
  },
  {
    key: "developmental-interpretability",
    name: "Developmental interpretability",
    parentKey: "singular-learning-theory",
    section: "Understanding models",
    summary:
      "Study how internal structure forms over training by locating developmental stages and phase transitions, using SLT-derived measurements such as the local learning coefficient.",
    theoryOfChange:
      "Structure appears in discrete transitions; if we can detect them as they happen, we can focus interpretability effort where new capabilities or values form and possibly intervene during training.",
  },
  {
    key: "science-of-deep-learning",
    name: "Science of deep learning",
    section: "Theory of learning",
    summary:
      "Empirical and theoretical work on why overparameterised networks generalise: double descent, grokking, scaling laws and the inductive biases of SGD.",
    theoryOfChange:
      "Most alignment arguments lean on claims about which solutions training selects; getting those claims right removes whole classes of confusion about inner alignment and generalisation.",
  },

  // --- Oversight --------------------------------------------------------------
  {
    key: "scalable-oversight",
    name: "Scalable oversight",
    section: "Oversight",
    summary:
      "Methods for supervising systems on tasks where humans cannot directly judge the answer, by splitting, contesting or amplifying the judgement.",
    theoryOfChange:
      "Training signals come from human evaluation; if evaluation stays reliable as capabilities grow, standard training keeps producing systems that do what we would endorse on reflection.",
  },
  {
    key: "debate",
    name: "Debate",
    parentKey: "scalable-oversight",
    section: "Oversight",
    summary:
      "Two models argue opposite sides and a weaker judge picks the winner; the hope is that honest arguments are easier to defend than dishonest ones.",
    theoryOfChange:
      "If lying is harder to sustain under adversarial cross-examination than telling the truth, the equilibrium of a debate game is honesty, and a limited judge can supervise a strong system.",
  },
  {
    key: "iterated-amplification",
    name: "Iterated amplification",
    parentKey: "scalable-oversight",
    section: "Oversight",
    summary:
      "Build a stronger overseer by letting a human delegate sub-questions to copies of the current model, then distil that composite into the next model, and repeat.",
    theoryOfChange:
      "Each round keeps the system aligned with the amplified human, so capability can grow without ever training on an unsupervised objective.",
  },
  {
    key: "eliciting-latent-knowledge",
    name: "Eliciting latent knowledge",
    parentKey: "scalable-oversight",
    section: "Oversight",
    summary:
      "Get a model to report what it actually believes about the world, even when a plausible-looking but false report would score as well with human raters.",
    theoryOfChange:
      "Most catastrophic failures involve a model knowing something (the sensor is tampered, the plan is harmful) that we do not; a reliable report of its knowledge closes that gap.",
  },
  {
    key: "weak-to-strong-generalization",
    name: "Weak-to-strong generalization",
    parentKey: "scalable-oversight",
    section: "Oversight",
    summary:
      "Measure and improve how well a strong model generalises from labels produced by a weaker supervisor, as an empirical analogy for humans supervising superhuman systems.",
    theoryOfChange:
      "If strong models can be made to recover the intended task from imperfect supervision, alignment techniques that rely on human labels keep working past human level.",
  },
  {
    key: "learning-from-human-feedback",
    name: "Learning from human feedback",
    section: "Oversight",
    summary:
      "Reward modelling, RLHF and related methods that train systems on human comparisons or AI-assisted feedback instead of a hand-written objective.",
    theoryOfChange:
      "Learned objectives sidestep the impossibility of writing values down, and they are the practical base layer that scalable oversight proposals are built on.",
  },

  // --- Agent foundations ----------------------------------------------------------
  {
    key: "agent-foundations",
    name: "Agent foundations",
    section: "Theory of agency",
    summary:
      "Mathematical work on what agents, goals, beliefs and optimisation are, especially for agents embedded in the world they reason about.",
    theoryOfChange:
      "We are trying to align systems whose core concepts we cannot define; deconfusion now makes it possible to state, and later check, what an aligned agent would be.",
  },
  {
    key: "learning-theoretic-agenda",
    name: "Learning-theoretic agenda",
    parentKey: "agent-foundations",
    section: "Theory of agency",
    summary:
      "Vanessa Kosoy's programme of grounding alignment in learning theory: regret bounds, priors over environments and formal definitions of what it means to learn human values.",
    theoryOfChange:
      "Provable guarantees need a formal model of the agent and its learning problem; building that model yields alignment protocols with theorems rather than hopes behind them.",
  },
  {
    key: "infra-bayesianism",
    name: "Infra-Bayesianism",
    parentKey: "learning-theoretic-agenda",
    section: "Theory of agency",
    summary:
      "A generalisation of Bayesian reasoning to sets of distributions, designed for agents whose environment is too rich to be captured by any hypothesis they can hold.",
    theoryOfChange:
      "Realistic agents cannot represent the true world; a decision theory that degrades gracefully under that non-realisability is a prerequisite for the learning-theoretic guarantees above.",
  },
  {
    key: "natural-abstractions",
    name: "Natural abstractions",
    parentKey: "agent-foundations",
    section: "Theory of agency",
    summary:
      "John Wentworth's hypothesis that many cognitive systems converge on the same abstractions because the world's structure makes some summaries of information far more useful than others.",
    theoryOfChange:
      "If human values and AI concepts are built from the same natural abstractions, we can point a system at what we mean, and interpretability has a well-defined target.",
  },

  // --- Failure modes --------------------------------------------------------------
  {
    key: "inner-alignment",
    name: "Inner alignment / mesa-optimization",
    section: "Failure modes",
    summary:
      "The gap between the objective a system is trained on and the objective the trained system ends up pursuing, including the case where training produces an optimiser with goals of its own.",
    theoryOfChange:
      "Naming the failure precisely (mesa-optimisers, deceptive alignment) tells us which training setups are risky and which evidence would distinguish an aligned model from one that only looks aligned.",
  },
  {
    key: "model-organisms",
    name: "Model organisms of misalignment",
    parentKey: "inner-alignment",
    section: "Failure modes",
    summary:
      "Deliberately build small, controlled demonstrations of hypothesised failures such as deceptive alignment or reward tampering, then study whether current techniques catch or remove them.",
    theoryOfChange:
      "Concrete examples turn speculative threat models into testable objects, calibrate how worried to be, and give mitigation research something real to be evaluated against.",
  },
  {
    key: "goal-misgeneralization",
    name: "Goal misgeneralization",
    section: "Failure modes",
    summary:
      "Systems that keep their capabilities out of distribution but pursue a goal that merely correlated with the intended one during training.",
    theoryOfChange:
      "Showing that this happens even with a correct specification makes clear that outer alignment is not enough, and motivates training-distribution design, interpretability and robustness work.",
  },
  {
    key: "goodhart-and-specification-gaming",
    name: "Goodhart and specification gaming",
    section: "Failure modes",
    summary:
      "How optimising a proxy pulls it apart from the target: reward hacking, specification gaming, overoptimisation of learned reward models.",
    theoryOfChange:
      "A taxonomy and measured scaling of proxy failures tells us how hard we can safely push on any given objective and which mitigations address which failure.",
  },

  // --- Evaluation and control ------------------------------------------------------
  {
    key: "model-evaluations",
    name: "Model evaluations",
    section: "Evaluation and control",
    summary:
      "Tests for dangerous capabilities and propensities (deception, scheming, autonomy) that can inform training and deployment decisions.",
    theoryOfChange:
      "Decision-makers need evidence before a dangerous system ships; good evaluations make risks legible early enough to trigger safeguards or pauses.",
  },
  {
    key: "ai-control",
    name: "AI control",
    section: "Evaluation and control",
    summary:
      "Design deployment protocols (monitoring, editing, auditing) that stay safe even if the model is actively trying to subvert them, and test them with red-team models.",
    theoryOfChange:
      "We may not be able to verify alignment in time, but we can bound the damage a misaligned model could do while still extracting useful work from it.",
  },

  // --- Strategy ---------------------------------------------------------------------
  {
    key: "threat-models",
    name: "Threat models and risk arguments",
    section: "Strategy",
    summary:
      "Arguments about how advanced AI could lead to catastrophe, how likely that is, and which assumptions the arguments rest on.",
    theoryOfChange:
      "Research priorities follow from which failure stories are plausible; explicit, debated threat models keep the field working on the problems that matter.",
  },
];
