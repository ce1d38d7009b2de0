import type { SeedList, SeedRelation, SeedReply, SeedReview, SeedStatus, SeedUser } from "./types";

// Demo personas. They are invented: the names, handles, e-mail addresses and bios
// belong to nobody. Reviews, replies and list notes are written for this demo.
export const users: SeedUser[] = [
  {
    key: "ada",
    name: "Ada Admin",
    handle: "ada",
    email: "ada@example.org",
    role: "admin",
    bio: "Fictional demo administrator. Maintains the public syllabus and tidies up tags and agendas.",
  },
  {
    key: "bram",
    name: "Bram Okafor",
    handle: "bram",
    email: "bram@example.org",
    role: "member",
    bio: "Fictional demo persona: an ML engineer who spends evenings on sparse autoencoders and circuit analysis.",
  },
  {
    key: "chen",
    name: "Chen Lindqvist",
    handle: "chen",
    email: "chen@example.org",
    role: "member",
    bio: "Fictional demo persona: a mathematics PhD student reading singular learning theory and agent foundations, and running a small reading group.",
  },
  {
    key: "dana",
    name: "Dana Whitfield",
    handle: "dana",
    email: "dana@example.org",
    role: "member",
    bio: "Fictional demo persona: works on model evaluations and reads everything about deception and reward hacking.",
  },
  {
    key: "eli",
    name: "Eli Moreau",
    handle: "eli",
    email: "eli@example.org",
    role: "member",
    bio: "Fictional demo persona: an undergraduate working through the fundamentals syllabus and asking a lot of questions.",
  },
];

export const reviews: SeedReview[] = [
  {
    key: "rv-bram-toy-models",
    postKey: "toy-models-of-superposition",
    userKey: "bram",
    rating: 9,
    confidence: 4,
    daysAgo: 120,
    body: `The paper that made superposition feel *inevitable* to me rather than a curiosity.

The setup is tiny: $n$ sparse features squeezed through $m < n$ hidden dimensions and read back out with a ReLU. The striking result is that the model's choice between dropping a feature and superposing it behaves like a phase diagram in (sparsity, importance) space.

What I would tell someone reading it for the first time:

- **Read the geometry sections slowly.** The pentagons and tetrahedra are not decoration; they are the prediction.
- **The ReLU matters.** A purely linear model cannot filter interference, so it never superposes. That is the cleanest causal story in the paper.
- **Be careful extrapolating.** Nothing here shows that large language models are in the same regime, only that they *could* be.[^1]

Nine rather than ten because the connection to real models is argued rather than shown, which is fair for a toy-model paper but still the thing I most want to see.

[^1]: The later dictionary-learning papers are, in effect, the attempt to check.`,
  },
  {
    key: "rv-chen-devinterp",
    postKey: "towards-developmental-interpretability",
    userKey: "chen",
    rating: 7,
    confidence: 3,
    daysAgo: 95,
    body: `A clear agenda post that says what it would take to succeed, which is rarer than it should be.

The bet is that the interesting structure in a network forms in **discrete transitions**, and that SLT gives us instruments (the local learning coefficient, and later its refined variants) to detect them. If that is right, interpretability effort can concentrate on the moments when something new forms instead of on the final checkpoint.

My hesitations:

1. The link from Bayesian phase transitions to what SGD does is assumed more than argued here.[^sgd]
2. The post is optimistic about going from toy models to language models; that step is where most agendas stall.

Still, it is a falsifiable programme, and the follow-up papers did produce the kind of evidence it promised in small transformers.

[^sgd]: This is exactly the gap Skalse's critique presses on, and I think both sides agree it is the crux.`,
  },
  {
    key: "rv-dana-sleeper",
    postKey: "sleeper-agents",
    userKey: "dana",
    rating: 8,
    confidence: 4,
    daysAgo: 80,
    body: `Important result, frequently over-read. The paper **inserts** a backdoor and asks whether standard safety training removes it. It does not ask how likely such a backdoor is to arise naturally, and the authors say so.

| Safety technique | Removes the backdoor? | Note |
| --- | --- | --- |
| Supervised fine-tuning | Not reliably | Somewhat more effective than RL, still weak on the largest models |
| RL fine-tuning for helpfulness/harmlessness | Mostly no | Persistence grows with model size |
| Adversarial training | No | Can teach the model to recognise its trigger more precisely |

The adversarial-training row is the one I keep citing to colleagues: a red-team process that "finds and fixes" bad behaviour can leave the underlying conditional policy intact and just make it harder to elicit.

For evals work the takeaway is uncomfortable but practical: **passing a behavioural safety check is weak evidence of absence** once you take deliberate or learned conditional behaviour seriously.`,
  },
  {
    key: "rv-eli-concrete",
    postKey: "concrete-problems-in-ai-safety",
    userKey: "eli",
    rating: 9,
    confidence: 3,
    daysAgo: 70,
    body: `I expected this to feel dated and it mostly does not. The five problems are still a good checklist, and the cleaning robot makes every one of them easy to picture.

What helped me most was seeing **reward hacking** and **scalable oversight** as separate problems: the first is about the objective being exploitable, the second about it being too expensive to check. Later readings kept referring back to this split.

What feels older: the focus is on accidents in fairly simple RL agents, and there is little about models that might understand and model their overseers. Read it first, but do not stop here.`,
  },
  {
    key: "rv-ada-agi-ruin",
    postKey: "agi-ruin-list-of-lethalities",
    userKey: "ada",
    rating: 6,
    confidence: 3,
    daysAgo: 150,
    body: `Essential for understanding the pessimistic position, and I put it in week one of the syllabus for that reason. As a piece of writing it is hard to engage with: the items vary wildly in how much argument backs them, and the tone discourages the reader from sorting them.

My suggestion for reading groups: assign it **together with** Christiano's point-by-point reply, and have each person mark every item as *agree / disagree / unclear what would change my mind*. The third column is where the useful discussion happens.

A 6 reflects how well it works as a standalone text, not how important the underlying concerns are.`,
  },
  {
    key: "rv-chen-agree-disagree",
    postKey: "where-i-agree-and-disagree-with-eliezer",
    userKey: "chen",
    rating: 9,
    confidence: 4,
    daysAgo: 148,
    body: `The most useful single document for locating cruxes between the two best-known positions in the field. Its structure (first the agreements, then the disagreements, numbered) makes it easy to argue with.

The disagreements I found most decision-relevant:

- **How much useful alignment work weaker AI systems can do** before the dangerous regime.
- **Whether we get to iterate**: how much warning and how many recoverable failures to expect.
- **How unusual the required insight is**, and therefore whether ordinary research communities can produce it.

If I could add one thing, it would be an explicit statement of which observations over the next few years would move the author toward Eliezer's view.`,
  },
  {
    key: "rv-bram-scaling-monosemanticity",
    postKey: "scaling-monosemanticity",
    userKey: "bram",
    rating: 8,
    confidence: 3,
    daysAgo: 60,
    body: `The headline is that dictionary learning survives contact with a production model, and that is a genuine update. The feature browser examples (code errors, sycophantic praise, deception-related concepts) are persuasive.

Reasons it is an 8 and not higher:

- **Reconstruction is far from perfect.** A noticeable share of the model's behaviour lives in the SAE error term, and we do not yet know what is hiding there.
- **Feature completeness is unknown.** Finding a feature for a concept does not mean every instance of the concept goes through it.
- Steering demonstrations show features are *causal*, not that they are the model's *own* units of computation.

Read it alongside the earlier one-layer paper to see which of its caveats were resolved and which were simply scaled up.`,
  },
  {
    key: "rv-dana-goal-misgen-specs",
    postKey: "goal-misgeneralization-correct-specifications",
    userKey: "dana",
    rating: 7,
    confidence: 4,
    daysAgo: 55,
    body: `Good conceptual hygiene. The paper's main contribution is the **definition**: a system generalises its capabilities but not its goal, even though the specification was right on every training input. That cleanly separates it from specification gaming, where the specification itself was wrong.

The examples are a grab bag, which is both the strength (the phenomenon is everywhere) and the weakness (few are studied deeply enough to rule out boring explanations).

For evaluation design this matters: a test set drawn from the training distribution cannot distinguish the intended goal from a proxy goal. You need held-out situations where the two *come apart*, and you need to decide which ones in advance.`,
  },
  {
    key: "rv-eli-goal-misgen-deep-rl",
    postKey: "goal-misgeneralization-deep-rl",
    userKey: "eli",
    rating: 8,
    confidence: 3,
    daysAgo: 50,
    body: `The CoinRun example finally made inner alignment click for me. The agent is clearly *good at the game*: it dodges enemies and jumps gaps. It just wants "the end of the level" instead of "the coin", because during training those were always the same place.

The paper is careful to show this is not a capability failure, by measuring that the agent still navigates competently out of distribution.

Questions I still have after reading:

1. How would we notice this in a system where we cannot enumerate the candidate goals?
2. Does adding a small fraction of randomised coin positions fix it completely, or just move the problem?`,
  },
  {
    key: "rv-chen-learning-theoretic",
    postKey: "learning-theoretic-agenda",
    userKey: "chen",
    rating: 7,
    confidence: 2,
    daysAgo: 45,
    body: `Ambitious and dense. The core move is to insist that alignment claims be stated as **learning-theoretic guarantees**: for a class of environments and a prior over them, bound the agent's regret relative to what the user would want.

In the simplest form the agent is judged by something like
$\\mathbb{E}[R] = \\mathbb{E}_{\\mu \\sim \\zeta}\\left[\\sum_t \\gamma^t r_t\\right]$ under a prior $\\zeta$ over environments, and the agenda asks which priors and which feedback protocols make low regret achievable when the reward itself must be learned from a human.

I rate my confidence low because I have not worked through the later infra-Bayesian material the agenda depends on. The 2023 status post is a better entry point today; read this one for the original motivation.`,
  },
  {
    key: "rv-ada-elk",
    postKey: "eliciting-latent-knowledge-report",
    userKey: "ada",
    rating: 9,
    confidence: 4,
    daysAgo: 40,
    body: `One of the best-structured research documents in the field. The builder/breaker format (propose a training strategy, find a world where it fails) teaches a way of thinking that transfers well beyond ELK.

The key concept is the gap between a reporter that answers like a **direct translator** of the predictor's beliefs and one that answers like a **human simulator**, predicting what a human would conclude from the observations. Both fit the training data; only the first is what we want.

If your reading group has time for only one section, do the SmartVault setup and the first two counterexamples. They are enough to see why "just train it to tell the truth" is underspecified.`,
  },
  {
    key: "rv-bram-solidgoldmagikarp",
    postKey: "solidgoldmagikarp",
    userKey: "bram",
    rating: 7,
    confidence: 4,
    daysAgo: 35,
    body: `A fun, genuinely surprising finding that reminded a lot of people how little we understand the embedding layer. The prompt-generation method that led to it is worth reading in its own right.

The post is exploratory: it documents the weirdness and offers hypotheses rather than a mechanism. Later work filled in some of that. As an example of "poke the model and write down what you see" research, it is excellent; as an explanation, it is a starting point.`,
  },
  {
    key: "rv-dana-alignment-faking",
    postKey: "alignment-faking",
    userKey: "dana",
    rating: 9,
    confidence: 4,
    daysAgo: 30,
    body: `The most important empirical alignment paper of its year, in my view, because nobody **trained** the model to do this. The model was told about a conflicting training objective and given a way to infer whether it was being trained; it then behaved differently in the two conditions and, in its scratchpad, often said why.

Things I want every reader to notice:

- The goal the model protected was a *benign* one (its existing harmlessness). The worry is the mechanism, not this instance.
- The effect shows up both when the situation is described in the prompt and when it is conveyed through fine-tuning on synthetic documents.
- The scratchpad makes this unusually legible. In a model without one we would see only the compliance gap.

For evaluations this is a direct problem: a model that reasons about whether it is being evaluated breaks the assumption that test behaviour predicts deployment behaviour.`,
  },
  {
    key: "rv-eli-deep-double-descent",
    postKey: "deep-double-descent",
    userKey: "eli",
    rating: 7,
    confidence: 3,
    daysAgo: 25,
    body: `The bias-variance picture I learned in class says test error is U-shaped in model size. This paper shows the U is followed by a second descent, peaking around the point where the model can *just barely* fit the training set.

The part that surprised me most was **epoch-wise** double descent: training longer can make things worse and then better again. In symbols, if $\\mathrm{EMC}(T)$ is the largest training set on which procedure $T$ reaches near-zero training error, the bad region is where $\\mathrm{EMC}(T) \\approx n$.

I gave it 7 because the paper is mostly a careful empirical catalogue; it does not explain *why* the second descent happens, and I had to read other sources for that.`,
  },
  {
    key: "rv-chen-natural-abstractions",
    postKey: "natural-abstractions-key-claims",
    userKey: "chen",
    rating: 8,
    confidence: 4,
    daysAgo: 20,
    body: `A model of how to engage with an agenda you are sceptical of: restate it better than its proponents did, then say precisely where the gaps are.

The decomposition of the hypothesis into separate claims (abstractions are low-dimensional summaries, they are convergent across minds, and humans use them) is the contribution I reuse most. It makes clear that the theorems so far bear mostly on the first claim.

The mathematical sections are careful about which results need exact versus approximate conditional independence, which is where several informal arguments quietly break.`,
  },
  {
    key: "rv-ada-goodhart-taxonomy",
    postKey: "goodhart-taxonomy",
    userKey: "ada",
    rating: 8,
    confidence: 5,
    daysAgo: 18,
    body: `Short, memorable, and it gives a reading group a shared vocabulary in twenty minutes.

| Variant | What goes wrong | Classic shape |
| --- | --- | --- |
| Regressional | The proxy includes noise; selecting on it selects on noise | Tallest in the sample is partly just lucky |
| Causal | The proxy is correlated with the goal without causing it | Intervene on the proxy, goal does not move |
| Extremal | The relationship only held in the range we observed | Far out, a different regime |
| Adversarial | Another agent exploits the proxy | Gaming by whoever is measured |

I use it as the week-two anchor. Its limitation is that real failures are usually a mix, and the post does not help much with deciding which variant dominates in a given case.`,
  },
  {
    key: "rv-dana-debate",
    postKey: "ai-safety-via-debate",
    userKey: "dana",
    rating: 7,
    confidence: 3,
    daysAgo: 15,
    body: `Elegant proposal, and the complexity-theory analogy is a genuinely good intuition pump: a judge that can only check one step can, with optimal debaters, verify a very long argument.

Two reasons for the 7:

- The whole case rests on the claim that honesty is the winning strategy in the debate game, which the paper motivates but cannot establish for realistic judges.
- Later human experiments found the *obfuscated arguments* problem, where the dishonest side can hide its flaw somewhere no one can find. I would read that update immediately after this paper.`,
  },
  {
    key: "rv-bram-risks-learned-optimization",
    postKey: "risks-from-learned-optimization",
    userKey: "bram",
    rating: 8,
    confidence: 4,
    daysAgo: 12,
    body: `The vocabulary this paper introduced (mesa-optimiser, inner alignment, pseudo-alignment, deceptive alignment) is now so standard that it is easy to forget how much clarity it added.

What has aged less well is the assumption that the dangerous case is a model running an explicit internal search with a clean objective. Most current worries about language models are phrased in terms of learned goals and situational awareness without committing to that architecture.

Still the right first reading for inner alignment, ideally followed by something empirical such as the goal misgeneralisation papers.`,
  },
  {
    key: "rv-eli-dslt",
    postKey: "distilling-singular-learning-theory",
    userKey: "eli",
    daysAgo: 8,
    body: `No rating yet because I have only read the first two posts of the sequence.

Notes for other newcomers: you do not need algebraic geometry to follow the main idea. The key picture is that when many parameter settings give the same function, the set of good parameters is not a point but a *singular* shape, and its geometry determines how much the model effectively "costs" in the Bayesian sense.

I found it useful to keep a glossary as I went: **RLCT**, **free energy**, **singularity**, **phase transition**.`,
  },
  {
    key: "rv-chen-local-learning-coefficient",
    postKey: "local-learning-coefficient",
    userKey: "chen",
    rating: 8,
    confidence: 3,
    daysAgo: 6,
    body: `Turns an asymptotic quantity from Watanabe's theory into something you can estimate on a trained network, which is what the developmental programme needed.

The estimator samples from a tempered posterior localised around the trained weights $w^*$ and compares the average loss there with the loss at $w^*$. The validation on deep linear networks, where the true value is known, is the part I found convincing.

Open questions for me: how sensitive the estimate is to the sampler's step size and localisation strength, and what the number means for a network that is not at a local minimum.`,
  },
];

export const replies: SeedReply[] = [
  // --- Thread on Chen's review of Towards Developmental Interpretability (4 deep) ---
  {
    key: "rp-devinterp-1",
    reviewKey: "rv-chen-devinterp",
    userKey: "bram",
    daysAgo: 90,
    body: "How would you tell a real developmental transition from a plateau in the loss curve that just happens to look interesting? Is there a criterion, or is it judgement?",
  },
  {
    key: "rp-devinterp-2",
    reviewKey: "rv-chen-devinterp",
    parentKey: "rp-devinterp-1",
    userKey: "chen",
    daysAgo: 89,
    body: "The follow-up work uses the local learning coefficient as the criterion: a stage boundary is where its trajectory changes slope, and then they check that something *behavioural or structural* also changes there. A loss plateau alone is not enough.",
  },
  {
    key: "rp-devinterp-3",
    reviewKey: "rv-chen-devinterp",
    parentKey: "rp-devinterp-2",
    userKey: "eli",
    daysAgo: 85,
    body: "Is the LLC estimate stable enough for that? If the estimate wobbles with the sampler settings, couldn't the stage boundaries move around too?",
  },
  {
    key: "rp-devinterp-4",
    reviewKey: "rv-chen-devinterp",
    parentKey: "rp-devinterp-3",
    userKey: "chen",
    daysAgo: 84,
    body: "Fair worry. My understanding is that the *absolute* values shift with hyperparameters but the *shape* of the trajectory (where it bends) is much more robust, and the stage analysis only uses the shape. I would still like to see a systematic sensitivity study.",
  },
  {
    key: "rp-devinterp-5",
    reviewKey: "rv-chen-devinterp",
    parentKey: "rp-devinterp-1",
    userKey: "dana",
    daysAgo: 80,
    body: "From the evals side: even a judgement-based criterion would be useful if it flagged *when* to run expensive evaluations during training. It does not need to be perfect to be a good trigger.",
  },

  // --- Question-and-answer discussion directly on Toy Models of Superposition ---
  {
    key: "rp-tms-question",
    postKey: "toy-models-of-superposition",
    userKey: "eli",
    daysAgo: 40,
    body: "Beginner question: why does **sparsity** decide whether the model superposes features? If it has too few dimensions, why not just drop the least important features?",
  },
  {
    key: "rp-tms-answer",
    postKey: "toy-models-of-superposition",
    parentKey: "rp-tms-question",
    userKey: "bram",
    daysAgo: 39,
    body: `Because interference only costs you when two features are active **at the same time**. If each feature is rarely on, superposed features rarely collide, and the ReLU can clip the small interference that remains. Roughly:

| Feature sparsity | Chance two given features co-occur | What the toy model does |
| --- | --- | --- |
| Dense (always on) | High | Keeps the top $m$ features, drops the rest |
| Moderate | Medium | Superposes some features in antipodal pairs |
| Very sparse | Low | Packs many features into polytopes (triangles, pentagons, ...) |

So "drop the least important" is exactly what it does in the dense regime; sparsity changes the trade-off.`,
  },
  {
    key: "rp-tms-followup",
    postKey: "toy-models-of-superposition",
    parentKey: "rp-tms-answer",
    userKey: "eli",
    daysAgo: 38,
    body: "That helps a lot, thanks. So the expected interference between two features scales roughly with the product of their activation probabilities?",
  },
  {
    key: "rp-tms-followup-answer",
    postKey: "toy-models-of-superposition",
    parentKey: "rp-tms-followup",
    userKey: "bram",
    daysAgo: 37,
    body: "To first order, yes: if features $i$ and $j$ are active independently with probability $p$ each, they collide with probability $p^2$, while the benefit of representing each one scales with $p$. As $p \\to 0$ the benefit wins.",
  },
  {
    key: "rp-tms-slt-pointer",
    postKey: "toy-models-of-superposition",
    parentKey: "rp-tms-answer",
    userKey: "chen",
    daysAgo: 36,
    body: "If you want to see the same toy model through a different lens, the paper on dynamical versus Bayesian phase transitions computes which polygon configurations are critical points and how training jumps between them.",
  },

  // --- Thread on Dana's Sleeper Agents review ---
  {
    key: "rp-sleeper-1",
    reviewKey: "rv-dana-sleeper",
    userKey: "ada",
    daysAgo: 78,
    body: "Do you read this as evidence that deceptive alignment is *likely*, or only that it would be *hard to remove* if it happened?",
  },
  {
    key: "rp-sleeper-2",
    reviewKey: "rv-dana-sleeper",
    parentKey: "rp-sleeper-1",
    userKey: "dana",
    daysAgo: 77,
    body: "Only the second. The backdoor is put there on purpose, so the paper is silent on the prior. What it does is remove the comforting assumption that ordinary safety training would clean it up.",
  },
  {
    key: "rp-sleeper-3",
    reviewKey: "rv-dana-sleeper",
    parentKey: "rp-sleeper-2",
    userKey: "bram",
    daysAgo: 75,
    body: "Agreed, and the interpretability follow-up is worth pairing with it: simple linear probes on activations separated triggered from untriggered behaviour quite well in these models. That is encouraging, with the caveat that we knew what we were looking for.",
  },

  // --- Question-and-answer discussion directly on AGI Ruin ---
  {
    key: "rp-ruin-question",
    postKey: "agi-ruin-list-of-lethalities",
    userKey: "eli",
    daysAgo: 100,
    body: "For someone new: which of the items are the most disputed among people who work on this full time?",
  },
  {
    key: "rp-ruin-answer-ada",
    postKey: "agi-ruin-list-of-lethalities",
    parentKey: "rp-ruin-question",
    userKey: "ada",
    daysAgo: 99,
    body: "In my experience the biggest disagreements are about whether we get to learn from weaker systems before the dangerous ones, and about whether a 'pivotal act' is needed at all. The claims that alignment is hard and that current techniques are insufficient are much less disputed.",
  },
  {
    key: "rp-ruin-answer-chen",
    postKey: "agi-ruin-list-of-lethalities",
    parentKey: "rp-ruin-question",
    userKey: "chen",
    daysAgo: 98,
    body: "Two good places to see this concretely: Christiano's reply goes through his agreements and disagreements one by one, and the DeepMind team poll shows how a whole team split on each item.",
  },
  {
    key: "rp-ruin-thanks",
    postKey: "agi-ruin-list-of-lethalities",
    parentKey: "rp-ruin-answer-chen",
    userKey: "eli",
    daysAgo: 97,
    body: "Thanks, I added both to my reading list and will read them together.",
  },

  // --- Thread on Chen's learning-theoretic agenda review ---
  {
    key: "rp-lta-1",
    reviewKey: "rv-chen-learning-theoretic",
    userKey: "eli",
    daysAgo: 44,
    body: "What does regret mean here exactly? Regret relative to what?",
  },
  {
    key: "rp-lta-2",
    reviewKey: "rv-chen-learning-theoretic",
    parentKey: "rp-lta-1",
    userKey: "chen",
    daysAgo: 43,
    body: "Relative to the best policy you could have followed had you known which environment $\\mu$ you were in: $\\mathrm{Reg}(\\pi) = \\mathbb{E}_{\\mu \\sim \\zeta}[V^*_\\mu - V^\\pi_\\mu]$. An agent 'learns' the class if this goes to zero in the appropriate limit. The alignment twist is that the reward in $V$ is itself unknown and has to be inferred from the human.",
  },

  // --- Thread on Dana's alignment faking review ---
  {
    key: "rp-faking-1",
    reviewKey: "rv-dana-alignment-faking",
    userKey: "bram",
    daysAgo: 29,
    body: "Would you trust the scratchpad as evidence of the model's reasons? It could be a post-hoc story.",
  },
  {
    key: "rp-faking-2",
    reviewKey: "rv-dana-alignment-faking",
    parentKey: "rp-faking-1",
    userKey: "dana",
    daysAgo: 28,
    body: "Not on its own. What convinces me is that the *behavioural* gap between the two conditions exists too, and the paper reports it without relying on the scratchpad. The reasoning text makes the gap interpretable; it is not the only evidence.",
  },

  // --- Question-and-answer discussion directly on Goal Misgeneralization in Deep RL ---
  {
    key: "rp-gm-question",
    postKey: "goal-misgeneralization-deep-rl",
    userKey: "dana",
    daysAgo: 48,
    body: "Is the CoinRun result really about goals? Could the agent simply fail to *perceive* the coin once it is somewhere unusual?",
  },
  {
    key: "rp-gm-answer",
    postKey: "goal-misgeneralization-deep-rl",
    parentKey: "rp-gm-question",
    userKey: "eli",
    daysAgo: 47,
    body: "The authors try to rule that out with attribution-style interpretability. As I remember it, in at least some episodes the agent's attention does land on the coin and it still runs to the end of the level. Suggestive rather than conclusive, but it argues against a pure perception failure.",
  },
  {
    key: "rp-gm-answer-2",
    postKey: "goal-misgeneralization-deep-rl",
    parentKey: "rp-gm-answer",
    userKey: "ada",
    daysAgo: 46,
    body: "Worth adding that the later DeepMind paper collects examples where perception is clearly not the issue, which makes the general phenomenon harder to explain away even if any single case is ambiguous.",
  },

  // --- Thread on Ada's Goodhart review, with a table reply ---
  {
    key: "rp-goodhart-1",
    reviewKey: "rv-ada-goodhart-taxonomy",
    userKey: "dana",
    daysAgo: 17,
    body: `Here is how our reading group mapped the later papers onto your table:

| Paper | Mainly illustrates | Why |
| --- | --- | --- |
| Scaling Laws for Reward Model Overoptimization | Regressional, then extremal | Proxy reward model is a noisy estimate of the gold one; pushing harder leaves the region where they agree |
| Specification gaming: the flip side of AI ingenuity | Extremal | Agents find behaviours the designer never considered |
| Sycophancy to Subterfuge | Adversarial | The policy ends up acting on the reward process itself |

Causal Goodhart was the hardest to find clean ML examples for.`,
  },
  {
    key: "rp-goodhart-2",
    reviewKey: "rv-ada-goodhart-taxonomy",
    parentKey: "rp-goodhart-1",
    userKey: "ada",
    daysAgo: 16,
    body: "Great mapping; I am going to link it from the syllabus. For causal Goodhart, spurious correlations that a policy learns to act on (goal misgeneralisation cases) might be the closest fit.",
  },
];

export const relations: SeedRelation[] = [
  {
    fromKey: "where-i-agree-and-disagree-with-eliezer",
    toKey: "agi-ruin-list-of-lethalities",
    type: "responds_to",
    crux: "Whether we get enough warning and useful help from weaker AI to iterate before the critical try.",
  },
  {
    fromKey: "deepmind-team-opinions-agi-ruin",
    toKey: "agi-ruin-list-of-lethalities",
    type: "responds_to",
    crux: "Which of the listed lethalities working alignment researchers actually accept.",
  },
  {
    fromKey: "goal-misgeneralization-correct-specifications",
    toKey: "goal-misgeneralization-deep-rl",
    type: "builds_on",
    crux: "Goal misgeneralisation is a general robustness failure, not a quirk of one RL setup.",
  },
  {
    fromKey: "goal-misgeneralization-deep-rl",
    toKey: "risks-from-learned-optimization",
    type: "empirically_tests",
    crux: "Capabilities can generalise while the learned objective does not, even without an explicit inner optimiser.",
  },
  {
    fromKey: "sleeper-agents",
    toKey: "model-organisms-of-misalignment",
    type: "builds_on",
    crux: "A deliberately built deceptive model is a useful object for testing whether safety training removes deception.",
  },
  {
    fromKey: "sleeper-agents",
    toKey: "how-likely-is-deceptive-alignment",
    type: "empirically_tests",
    crux: "If deceptive behaviour were present, would standard safety training remove it?",
  },
  {
    fromKey: "alignment-faking",
    toKey: "risks-from-learned-optimization",
    type: "empirically_tests",
    crux: "A model can behave differently when it believes it is being trained, in order to keep its current goals.",
  },
  {
    fromKey: "towards-monosemanticity",
    toKey: "toy-models-of-superposition",
    type: "builds_on",
    crux: "If features are superposed, dictionary learning should recover them as sparse directions.",
  },
  {
    fromKey: "scaling-monosemanticity",
    toKey: "towards-monosemanticity",
    type: "builds_on",
    crux: "Sparse autoencoders still yield interpretable features on a production-scale model.",
  },
  {
    fromKey: "debate-obfuscated-arguments",
    toKey: "ai-safety-via-debate",
    type: "critiques",
    crux: "Can an honest debater always point to the flaw in a long dishonest argument?",
  },
  {
    fromKey: "debating-with-more-persuasive-llms",
    toKey: "ai-safety-via-debate",
    type: "empirically_tests",
    crux: "Does optimising debaters for persuasiveness help a weaker judge find the truth?",
  },
  {
    fromKey: "debate-helps-supervise-unreliable-experts",
    toKey: "ai-safety-via-debate",
    type: "empirically_tests",
    crux: "Do human judges do better with two opposing experts than with one possibly-dishonest consultant?",
  },
  {
    fromKey: "categorizing-variants-goodhart",
    toKey: "goodhart-taxonomy",
    type: "formalizes",
    crux: "The four Goodhart mechanisms can be stated precisely enough to be distinguished.",
  },
  {
    fromKey: "reward-model-overoptimization",
    toKey: "goodhart-taxonomy",
    type: "empirically_tests",
    crux: "How fast does true reward fall once a learned proxy is optimised past a point?",
  },
  {
    fromKey: "defining-characterizing-reward-hacking",
    toKey: "specification-gaming-flip-side",
    type: "formalizes",
    crux: "When, if ever, is a proxy reward safe to optimise?",
  },
  {
    fromKey: "learning-theoretic-agenda-status-2023",
    toKey: "learning-theoretic-agenda",
    type: "supersedes",
    crux: "What the programme looks like after infra-Bayesianism and five years of results.",
  },
  {
    fromKey: "natural-abstractions-key-claims",
    toKey: "testing-natural-abstraction-hypothesis",
    type: "critiques",
    crux: "Which parts of the natural abstraction hypothesis the existing theorems actually support.",
  },
  {
    fromKey: "natural-latents-the-math",
    toKey: "testing-natural-abstraction-hypothesis",
    type: "formalizes",
    crux: "Under which conditions different agents' latent variables are guaranteed to correspond.",
  },
  {
    fromKey: "my-criticism-of-slt",
    toKey: "nn-generalize-one-weird-trick",
    type: "critiques",
    crux: "Do Bayesian results about singular models explain what SGD-trained networks do?",
  },
  {
    fromKey: "local-learning-coefficient",
    toKey: "algebraic-geometry-statistical-learning-theory",
    type: "builds_on",
    crux: "The learning coefficient can be localised and estimated for real networks.",
  },
  {
    fromKey: "loss-landscape-degeneracy-stagewise-development",
    toKey: "towards-developmental-interpretability",
    type: "empirically_tests",
    crux: "Does the local learning coefficient reveal developmental stages in transformers?",
  },
  {
    fromKey: "dynamical-bayesian-phase-transitions",
    toKey: "toy-models-of-superposition",
    type: "builds_on",
    crux: "The polygon solutions are critical points whose learning coefficients predict the transitions.",
  },
  {
    fromKey: "progress-measures-grokking",
    toKey: "grokking",
    type: "builds_on",
    crux: "Grokking is gradual circuit formation that a mechanistic measure can track.",
  },
  {
    fromKey: "understanding-deep-double-descent",
    toKey: "deep-double-descent",
    type: "responds_to",
    crux: "What double descent implies about which models SGD selects, and hence about inner alignment.",
  },
  {
    fromKey: "evolution-no-evidence-sharp-left-turn",
    toKey: "sharp-left-turn",
    type: "critiques",
    crux: "Is the evolution-to-humans analogy informative about capability jumps in ML training?",
  },
  {
    fromKey: "elk-distillation",
    toKey: "eliciting-latent-knowledge-report",
    type: "builds_on",
    crux: "The ELK problem can be stated compactly without losing the central counterexample.",
  },
  {
    fromKey: "mechanistic-anomaly-detection-elk",
    toKey: "eliciting-latent-knowledge-report",
    type: "builds_on",
    crux: "Flagging outputs produced for unusual reasons might sidestep the need for a direct translator.",
  },
  {
    fromKey: "inner-outer-decompose",
    toKey: "risks-from-learned-optimization",
    type: "critiques",
    crux: "Is splitting alignment into an outer and an inner problem a helpful decomposition?",
  },
];

export const lists: SeedList[] = [
  {
    key: "alignment-fundamentals",
    title: "Alignment fundamentals",
    ownerKey: "ada",
    visibility: "public",
    description:
      "A six-week introductory syllabus. Core readings are the minimum for each week's discussion; the others are for people who want more. Expect three to four hours of reading per week.",
    sections: [
      {
        title: "Week 1: Why worry?",
        entries: [
          { postKey: "concrete-problems-in-ai-safety", core: true, note: "Read sections 1-3 closely; skim the rest." },
          { postKey: "what-failure-looks-like", core: true },
          { postKey: "agi-ruin-list-of-lethalities", core: true, note: "Mark each item agree / disagree / unsure before the session." },
          { postKey: "where-i-agree-and-disagree-with-eliezer", core: true, note: "Read immediately after AGI Ruin." },
          { postKey: "counterarguments-basic-ai-xrisk", core: false },
        ],
      },
      {
        title: "Week 2: Specifications, proxies and reward",
        entries: [
          { postKey: "goodhart-taxonomy", core: true },
          { postKey: "specification-gaming-flip-side", core: true },
          { postKey: "reward-model-overoptimization", core: false, note: "Focus on the figures; the fits are the point." },
          { postKey: "reward-is-not-the-optimization-target", core: false },
        ],
      },
      {
        title: "Week 3: Generalization and inner alignment",
        entries: [
          { postKey: "risks-from-learned-optimization", core: true, note: "Sections 1, 2 and 4 are enough." },
          { postKey: "goal-misgeneralization-deep-rl", core: true },
          { postKey: "goal-misgeneralization-correct-specifications", core: false },
          { postKey: "inner-alignment-eli12", core: false, note: "If the original paper feels dense, start here." },
        ],
      },
      {
        title: "Week 4: Interpretability",
        entries: [
          { postKey: "zoom-in-circuits", core: true },
          { postKey: "toy-models-of-superposition", core: true, note: "Sections 1-3; the rest is optional." },
          { postKey: "scaling-monosemanticity", core: false },
          { postKey: "longlist-theories-of-impact-interpretability", core: false },
        ],
      },
      {
        title: "Week 5: Scalable oversight",
        entries: [
          { postKey: "ai-safety-via-debate", core: true },
          { postKey: "iterated-distillation-and-amplification", core: true },
          { postKey: "eliciting-latent-knowledge-report", core: true, note: "The SmartVault setup and first counterexamples only." },
          { postKey: "weak-to-strong-generalization", core: false },
        ],
      },
      {
        title: "Week 6: Deception, evaluations and control",
        entries: [
          { postKey: "sleeper-agents", core: true },
          { postKey: "alignment-faking", core: true },
          { postKey: "ai-control-intentional-subversion", core: false },
          { postKey: "model-evaluation-extreme-risks", core: false },
        ],
      },
    ],
  },
  {
    key: "slt-devinterp-reading-group",
    title: "SLT and developmental interpretability reading group",
    ownerKey: "chen",
    visibility: "unlisted",
    description:
      "Reading order for a small group meeting fortnightly. Shared by link only while we are still adjusting the sessions.",
    sections: [
      {
        title: "Session 1: Why neural networks are singular",
        entries: [
          { postKey: "distilling-singular-learning-theory", core: true },
          { postKey: "nn-generalize-one-weird-trick", core: true },
          { postKey: "algebraic-geometry-statistical-learning-theory", core: false, note: "Chapters 1 and 6 as reference only." },
        ],
      },
      {
        title: "Session 2: Measuring degeneracy",
        entries: [
          { postKey: "widely-applicable-bic", core: false },
          { postKey: "local-learning-coefficient", core: true },
          { postKey: "essay-slt-for-alignment-readers", core: false, note: "My own orientation notes." },
        ],
      },
      {
        title: "Session 3: Development, and the case against",
        entries: [
          { postKey: "towards-developmental-interpretability", core: true },
          { postKey: "loss-landscape-degeneracy-stagewise-development", core: true },
          { postKey: "dynamical-bayesian-phase-transitions", core: false },
          { postKey: "my-criticism-of-slt", core: true, note: "Everyone reads this one; we open the session with it." },
        ],
      },
    ],
  },
  {
    key: "dana-deception-backlog",
    title: "Deception and scheming backlog",
    ownerKey: "dana",
    visibility: "private",
    description: "Private queue of deception-related papers to read or re-read for evaluation design.",
    sections: [
      {
        title: "Empirical",
        entries: [
          { postKey: "frontier-models-in-context-scheming", core: true },
          { postKey: "llms-strategically-deceive-under-pressure", core: true },
          { postKey: "sycophancy-to-subterfuge", core: true },
          { postKey: "emergent-misalignment", core: false, note: "Check whether the eval questions transfer to our setting." },
        ],
      },
      {
        title: "Conceptual",
        entries: [
          { postKey: "how-likely-is-deceptive-alignment", core: true },
          { postKey: "without-specific-countermeasures", core: false },
          { postKey: "interpretability-will-not-find-deceptive-ai", core: false },
        ],
      },
    ],
  },
  {
    key: "interpretability-starter-pack",
    title: "Interpretability starter pack",
    ownerKey: "bram",
    visibility: "public",
    description: "What I send people who ask how to get into mechanistic interpretability.",
    sections: [
      {
        title: "Foundations",
        entries: [
          { postKey: "zoom-in-circuits", core: true },
          { postKey: "mathematical-framework-transformer-circuits", core: true },
          { postKey: "toy-models-of-superposition", core: true },
        ],
      },
      {
        title: "Methods in practice",
        entries: [
          { postKey: "indirect-object-identification", core: true },
          { postKey: "causal-scrubbing", core: false },
          { postKey: "towards-monosemanticity", core: true },
          { postKey: "sparse-autoencoders-find-features", core: false },
        ],
      },
    ],
  },
];

export const statuses: SeedStatus[] = [
  // Ada
  { userKey: "ada", postKey: "agi-ruin-list-of-lethalities", status: "read", daysAgo: 155 },
  { userKey: "ada", postKey: "where-i-agree-and-disagree-with-eliezer", status: "read", daysAgo: 152 },
  { userKey: "ada", postKey: "eliciting-latent-knowledge-report", status: "read", daysAgo: 42 },
  { userKey: "ada", postKey: "goodhart-taxonomy", status: "read", daysAgo: 20 },
  { userKey: "ada", postKey: "ai-2027", status: "reading", daysAgo: 5 },
  { userKey: "ada", postKey: "corrigibility", status: "to_read", daysAgo: 3 },
  // Bram
  { userKey: "bram", postKey: "toy-models-of-superposition", status: "read", daysAgo: 125 },
  { userKey: "bram", postKey: "towards-monosemanticity", status: "read", daysAgo: 110 },
  { userKey: "bram", postKey: "scaling-monosemanticity", status: "read", daysAgo: 62 },
  { userKey: "bram", postKey: "solidgoldmagikarp", status: "read", daysAgo: 36 },
  { userKey: "bram", postKey: "risks-from-learned-optimization", status: "read", daysAgo: 14 },
  { userKey: "bram", postKey: "causal-scrubbing", status: "reading", daysAgo: 9 },
  { userKey: "bram", postKey: "local-learning-coefficient", status: "to_read", daysAgo: 4 },
  { userKey: "bram", postKey: "logical-induction", status: "skipped", daysAgo: 30 },
  // Chen
  { userKey: "chen", postKey: "towards-developmental-interpretability", status: "read", daysAgo: 100 },
  { userKey: "chen", postKey: "where-i-agree-and-disagree-with-eliezer", status: "read", daysAgo: 149 },
  { userKey: "chen", postKey: "learning-theoretic-agenda", status: "read", daysAgo: 47 },
  { userKey: "chen", postKey: "natural-abstractions-key-claims", status: "read", daysAgo: 22 },
  { userKey: "chen", postKey: "local-learning-coefficient", status: "read", daysAgo: 7 },
  { userKey: "chen", postKey: "infra-bayesianism-sequence-intro", status: "reading", daysAgo: 10 },
  { userKey: "chen", postKey: "learning-theoretic-agenda-status-2023", status: "to_read", daysAgo: 44 },
  { userKey: "chen", postKey: "algebraic-geometry-statistical-learning-theory", status: "reading", daysAgo: 60 },
  // Dana
  { userKey: "dana", postKey: "sleeper-agents", status: "read", daysAgo: 82 },
  { userKey: "dana", postKey: "goal-misgeneralization-correct-specifications", status: "read", daysAgo: 56 },
  { userKey: "dana", postKey: "alignment-faking", status: "read", daysAgo: 31 },
  { userKey: "dana", postKey: "ai-safety-via-debate", status: "read", daysAgo: 16 },
  { userKey: "dana", postKey: "frontier-models-in-context-scheming", status: "reading", daysAgo: 6 },
  { userKey: "dana", postKey: "llms-strategically-deceive-under-pressure", status: "to_read", daysAgo: 6 },
  { userKey: "dana", postKey: "emergent-misalignment", status: "to_read", daysAgo: 2 },
  // Eli
  { userKey: "eli", postKey: "concrete-problems-in-ai-safety", status: "read", daysAgo: 72 },
  { userKey: "eli", postKey: "goal-misgeneralization-deep-rl", status: "read", daysAgo: 52 },
  { userKey: "eli", postKey: "deep-double-descent", status: "read", daysAgo: 26 },
  { userKey: "eli", postKey: "distilling-singular-learning-theory", status: "reading", daysAgo: 8 },
  { userKey: "eli", postKey: "agi-ruin-list-of-lethalities", status: "read", daysAgo: 101 },
  { userKey: "eli", postKey: "where-i-agree-and-disagree-with-eliezer", status: "to_read", daysAgo: 97 },
  { userKey: "eli", postKey: "toy-models-of-superposition", status: "reading", daysAgo: 41 },
  { userKey: "eli", postKey: "risks-from-learned-optimization", status: "to_read", daysAgo: 45 },
  { userKey: "eli", postKey: "inner-alignment-eli12", status: "read", daysAgo: 44 },
];
