"""The statement-precision benchmark's pairs: plain data, read by statement_precision.py.

Three sets, written for this project by reviewers; no text is quoted from elsewhere at length
(R06 words one passage of Caesar's Gallic War, which is in the public domain, two ways).

SHORT_PAIRS: one or two sentences a side, by the construction they probe. ``expect`` is
"contradiction" (a discrepancy should be reported between a and b), "none" (no
discrepancy may be) or "either" (arguable: shown, not scored). ``wrong_agreement``: the
statements differ in what they say, so reporting them as agreeing is wrong too.

DOCUMENT_PAIRS: realistic multi-paragraph pairs. ``contradictions``: the planted ones, as
(substring of a, substring of b) found in the statements' texts or their sentences; any
other discrepancy is false. ``omissions``: substrings of sentences of a that b drops (None:
omissions not scored). ``no_omissions``: no omission may be reported at all. ``note``, in
any set: what the pair probes, or why its expectation is what it is.

HELD_OUT_PAIRS: 30 more multi-paragraph pairs by a third reviewer, fields as in
DOCUMENT_PAIRS plus ``wrong``: (substring of a, substring of b) whose statements say
different things, so an agreement between them is wrong (as is one between the sides of a
planted contradiction), and ``kind``: the genre of the pair.
"""

from __future__ import annotations

SHORT_PAIRS: list[dict] = [
    # Should contradict: one event at one time, asserted in one text and denied or
    # reversed (antonym predicate) in the other.
    {"id": "c01", "expect": "contradiction",
     "a": "The German army captured Verdun in 1916.",
     "b": "The German army never captured Verdun in 1916."},
    {"id": "c02", "expect": "contradiction",
     "a": "Napoleon won the battle of Waterloo.",
     "b": "Napoleon lost the battle of Waterloo."},
    {"id": "c03", "expect": "contradiction",
     "a": "The Roman senate approved the war against Carthage in 218 BC.",
     "b": "The Roman senate rejected the war against Carthage in 218 BC."},
    {"id": "c04", "expect": "contradiction",
     "a": "Acme's quarterly revenue rose in the third quarter of 2023.",
     "b": "Acme's quarterly revenue fell in the third quarter of 2023."},
    {"id": "c05", "expect": "contradiction",
     "a": "The Supreme Court upheld the ruling in 2019.",
     "b": "The Supreme Court overturned the ruling in 2019."},
    {"id": "c06", "expect": "contradiction",
     "a": "The defendant admitted the charges.",
     "b": "The defendant denied the charges."},
    {"id": "c07", "expect": "contradiction",
     "a": "The drug reduced mortality in the trial.",
     "b": "The drug did not reduce mortality in the trial."},
    {"id": "c08", "expect": "contradiction",
     "a": "Liverpool won the final in 2005.",
     "b": "Liverpool lost the final in 2005."},
    {"id": "c09", "expect": "contradiction",
     "a": "The incumbent conceded the election on Tuesday.",
     "b": "The incumbent refused to concede the election on Tuesday."},
    {"id": "c10", "expect": "contradiction",
     "a": "The United States signed the Kyoto Protocol.",
     "b": "The United States did not sign the Kyoto Protocol."},
    {"id": "c11", "expect": "contradiction",
     "a": "The Viet Cong attacked the embassy in 1968.",
     "b": "The Viet Cong did not attack the embassy in 1968."},
    {"id": "c12", "expect": "contradiction",
     "a": "Parliament passed the bill in March 2021.",
     "b": "Parliament rejected the bill in March 2021."},
    {"id": "c13", "expect": "contradiction",
     "a": "The shareholders accepted the takeover bid.",
     "b": "The shareholders rejected the takeover bid."},
    {"id": "c14", "expect": "contradiction",
     "a": "Unemployment increased in 2009.",
     "b": "Unemployment decreased in 2009."},
    {"id": "c15", "expect": "contradiction",
     "a": "Caesar crossed the Rubicon in 49 BC.",
     "b": "Caesar never crossed the Rubicon."},
    {"id": "c16", "expect": "contradiction",
     "a": "The allies landed in Normandy in June 1944. The landing surprised the German command.",
     "b": (
         "The allies landed in Normandy in June 1944. The landing did not surprise the German "
         "command."
     )},
    {"id": "c17", "expect": "contradiction",
     "a": "The regulator approved the merger.",
     "b": "The regulator blocked the merger."},
    {"id": "c18", "expect": "contradiction",
     "a": "The jury convicted the former mayor.",
     "b": "The jury acquitted the former mayor."},
    {"id": "c19", "expect": "contradiction",
     "a": "The committee supported the proposal.",
     "b": "The committee opposed the proposal."},
    {"id": "c20", "expect": "contradiction",
     "a": "The vaccine prevented severe illness in older patients.",
     "b": "The vaccine failed to prevent severe illness in older patients."},
    {"id": "c21", "expect": "contradiction",
     "a": "The team qualified for the World Cup in 2018.",
     "b": "The team failed to qualify for the World Cup in 2018."},
    {"id": "c22", "expect": "contradiction",
     "a": "The company paid a dividend in 2020.",
     "b": "The company paid no dividend in 2020."},
    # Must not contradict: opposite predicates at different times.
    {"id": "n01", "expect": "none",
     "a": "Profits rose in 2021.",
     "b": "Profits fell in 2022."},
    {"id": "n02", "expect": "none",
     "a": "The French army advanced in August 1914.",
     "b": "The French army retreated in September 1914."},
    {"id": "n03", "expect": "none",
     "a": "Shares rose in the morning.",
     "b": "Shares fell in the afternoon."},
    {"id": "n04", "expect": "none",
     "a": "The republic accepted the treaty in 1919.",
     "b": "The republic rejected the treaty in 1935."},
    # Must not contradict: different subjects.
    {"id": "n05", "expect": "none",
     "a": "The Democrats supported the bill.",
     "b": "The Republicans opposed the bill."},
    {"id": "n06", "expect": "none",
     "a": "Prussia won the battle.",
     "b": "Austria lost the battle."},
    {"id": "n07", "expect": "none",
     "a": "Apple's revenue rose in 2023.",
     "b": "Samsung's revenue fell in 2023."},
    {"id": "n08", "expect": "none",
     "a": "The appeals court upheld the verdict.",
     "b": "The district court overturned the verdict."},
    # Must not contradict: different objects or places.
    {"id": "n09", "expect": "none",
     "a": "The army captured the bridge.",
     "b": "The army did not capture the town."},
    {"id": "n10", "expect": "none",
     "a": "The senate approved the budget.",
     "b": "The senate rejected the tax increase."},
    {"id": "n11", "expect": "none",
     "a": "Napoleon won at Austerlitz.",
     "b": "Napoleon lost at Waterloo."},
    {"id": "n12", "expect": "none",
     "a": "The company sold its shipping division.",
     "b": "The company did not sell its retail division."},
    # Must not contradict: paraphrases, passives and double negatives that agree.
    {"id": "n13", "expect": "none",
     "a": "The Germans surrendered in May 1945.",
     "b": "In May 1945 the Germans capitulated."},
    {"id": "n14", "expect": "none",
     "a": "The board approved the merger.",
     "b": "The merger was approved by the board."},
    {"id": "n15", "expect": "none",
     "a": "The drug did not fail to reduce symptoms.",
     "b": "The drug reduced symptoms."},
    {"id": "n16", "expect": "none",
     "a": "The striker did not miss the penalty.",
     "b": "The striker scored the penalty."},
    # Must not contradict: hedged or supposed statements (may, unlikely, if, perhaps).
    {"id": "n17", "expect": "none",
     "a": "The general may have ordered the retreat.",
     "b": "The general did not order the retreat."},
    {"id": "n18", "expect": "none",
     "a": "Analysts suspect that profits fell.",
     "b": "Profits rose."},
    {"id": "n19", "expect": "none", "wrong_agreement": True,
     "a": "It is unlikely that the vaccine caused the illness.",
     "b": "The vaccine caused the illness."},
    {"id": "n20", "expect": "none",
     "a": "If the allies had not landed in Normandy, the war would have lasted longer.",
     "b": "The allies landed in Normandy."},
    {"id": "n21", "expect": "none",
     "a": "Had the senate not ratified the treaty, war would have followed.",
     "b": "The senate ratified the treaty."},
    {"id": "n22", "expect": "none",
     "a": "Perhaps Brutus did not stab Caesar.",
     "b": "Brutus stabbed Caesar."},
    # Must not contradict: reported speech and quoted denials (someone else's words).
    {"id": "n23", "expect": "none",
     "a": "The minister denied that the ministry had leaked the report.",
     "b": "The ministry leaked the report."},
    {"id": "n24", "expect": "none",
     "a": '"We never approved the payment," the chairman said.',
     "b": "The board approved the payment."},
    {"id": "n25", "expect": "none",
     "a": "The defence argued that the defendant did not steal the money.",
     "b": "The defendant stole the money."},
    {"id": "n26", "expect": "none",
     "a": "Critics claimed the company had not paid its taxes.",
     "b": "The company paid its taxes."},
    {"id": "n27", "expect": "none",
     "a": "According to Tacitus, Nero did not start the fire.",
     "b": "Nero started the fire."},
    {"id": "n28", "expect": "none",
     "a": "The coach insisted that his team had not lost the match.",
     "b": "The team lost the match."},
    # Must not contradict: double negatives and other negation words that deny nothing
    # (not uncommon, no fewer than, no sooner, not only, never failed to, ...).
    {"id": "n29", "expect": "none",
     "a": "It was not uncommon for soldiers to desert.",
     "b": "Soldiers deserted."},
    {"id": "n30", "expect": "none",
     "a": "The result was not unlike the previous year's.",
     "b": "The result was similar to the previous year's."},
    {"id": "n31", "expect": "none",
     "a": "Never before had the company earned so much.",
     "b": "The company earned a record profit."},
    {"id": "n32", "expect": "none",
     "a": "No fewer than 300 troops were killed.",
     "b": "300 troops were killed."},
    {"id": "n33", "expect": "none",
     "a": "No sooner had the army arrived than the city surrendered.",
     "b": "The army arrived and the city surrendered."},
    {"id": "n34", "expect": "none",
     "a": "The offer was nothing but a bluff.",
     "b": "The offer was a bluff."},
    {"id": "n35", "expect": "none",
     "a": "Not only did the team win the league, but it also won the cup.",
     "b": "The team won the league."},
    {"id": "n36", "expect": "none",
     "a": "Not only did the team win the league, but it also won the cup.",
     "b": "The team won the cup."},
    {"id": "n37", "expect": "none",
     "a": "The company did not only cut costs; it also raised prices.",
     "b": "The company cut costs."},
    {"id": "n38", "expect": "none",
     "a": "Nobody doubted that the emperor had won the battle.",
     "b": "The emperor won the battle."},
    {"id": "n39", "expect": "none",
     "a": "The senator never failed to vote for the budget.",
     "b": "The senator voted for the budget."},
    {"id": "n40", "expect": "none",
     "a": "The striker could not help scoring the goal.",
     "b": "The striker scored the goal."},
    # Must not contradict: the negation sits in a subordinate or relative clause.
    {"id": "n41", "expect": "none",
     "a": "The soldiers who did not surrender were shot.",
     "b": "The soldiers surrendered."},
    {"id": "n42", "expect": "none",
     "a": "The company, which did not pay a dividend last year, raised its payout.",
     "b": "The company raised its payout."},
    {"id": "n43", "expect": "none",
     "a": "Although the team did not win, it reached the final.",
     "b": "The team reached the final."},
    {"id": "n44", "expect": "none",
     "a": "Because the bank had not raised rates, inflation rose.",
     "b": "Inflation rose."},
    {"id": "n45", "expect": "none",
     "a": "The patients who did not receive the drug recovered.",
     "b": "The patients received the drug."},
    {"id": "n46", "expect": "either",
     "note": (
         "a non-restrictive relative clause asserts its content: 'who never lost a battle' "
         "denies b, so a contradiction is arguable (was 'none')"
     ),
     "a": "The general, who never lost a battle, retired in 1815.",
     "b": "The general lost a battle."},
    {"id": "n47", "expect": "none",
     "a": "Voters who did not support the mayor stayed home.",
     "b": "Voters supported the mayor."},
    # Must not contradict: (rhetorical) questions assert nothing.
    {"id": "n48", "expect": "none",
     "a": "Did the Romans ever defeat the Parthians?",
     "b": "The Romans defeated the Parthians."},
    {"id": "n49", "expect": "none",
     "a": "Who could deny that the treaty failed?",
     "b": "The treaty failed."},
    {"id": "n50", "expect": "none", "wrong_agreement": True,
     "a": "Why did the company not report the loss?",
     "b": "The company reported the loss."},
    # Must not contradict: comparatives, quantities and lists.
    {"id": "n51", "expect": "none",
     "a": "Fewer voters supported the party in 2020.",
     "b": "Voters supported the party in 2020."},
    {"id": "n52", "expect": "none",
     "a": "The firm hired fewer workers than expected.",
     "b": "The firm hired workers."},
    {"id": "n53", "expect": "none",
     "a": "France, Britain and Russia declared war on Germany.",
     "b": "Italy did not declare war on Germany."},
    {"id": "n54", "expect": "none",
     "a": "Sales rose less than analysts expected.",
     "b": "Sales rose."},
    {"id": "n55", "expect": "none",
     "a": "Revenue rose 5% but profit fell 3% in 2023.",
     "b": "Revenue rose in 2023."},
    {"id": "n56", "expect": "none",
     "a": "Revenue rose 5% but profit fell 3% in 2023.",
     "b": "Profit fell in 2023."},
    # Must not contradict: a contrast inside one text that the other agrees with.
    {"id": "n57", "expect": "none",
     "a": "The Union army lost at Bull Run but won at Gettysburg.",
     "b": "The Union army won at Gettysburg."},
    {"id": "n58", "expect": "none",
     "a": "The court rejected the first appeal and accepted the second.",
     "b": "The court accepted the second appeal."},
    # Must not contradict: "failed to" against "did not fail to", "managed to".
    {"id": "n59", "expect": "none",
     "a": "The rebels did not fail to capture the fort.",
     "b": "The rebels captured the fort."},
    {"id": "n60", "expect": "none",
     "a": "The rebels failed to hold the fort.",
     "b": "The rebels captured the fort."},
    {"id": "n61", "expect": "none",
     "a": "The company managed to avoid bankruptcy.",
     "b": "The company avoided bankruptcy."},
    # Must not contradict: different predicates that are not opposites.
    {"id": "n62", "expect": "none",
     "a": "The king left Paris.",
     "b": "The king did not leave Versailles."},
    {"id": "n63", "expect": "none",
     "a": "The team did not win the match.",
     "b": "The team drew the match."},
    {"id": "n64", "expect": "none",
     "a": "The court did not acquit the defendant.",
     "b": "The court convicted the defendant."},
    {"id": "n65", "expect": "none",
     "a": "The shares did not fall.",
     "b": "The shares rose."},
    # Must not contradict: future, intention or necessity against a fact.
    {"id": "n66", "expect": "none",
     "a": "The company will not pay a dividend next year.",
     "b": "The company paid a dividend last year."},
    {"id": "n67", "expect": "none",
     "a": "The government plans to raise taxes.",
     "b": "The government did not raise taxes."},
    {"id": "n68", "expect": "none",
     "a": "The army should have retreated.",
     "b": "The army did not retreat."},
    {"id": "n69", "expect": "none",
     "a": "The senate must approve the treaty.",
     "b": "The senate has not approved the treaty."},
    # Must not contradict: scope ("not all" / "some" / "most").
    {"id": "n70", "expect": "none",
     "a": "Not all legions supported Vespasian.",
     "b": "Some legions supported Vespasian."},
    {"id": "n71", "expect": "none",
     "a": "Some investors rejected the offer.",
     "b": "Most investors accepted the offer."},
    # Must not contradict: conditions and findings that are not denials.
    {"id": "n72", "expect": "none",
     "a": "Unless the union accepts the offer, the strike will continue.",
     "b": "The union rejected the offer."},
    {"id": "n73", "expect": "none",
     "a": "The study did not find that coffee causes cancer.",
     "b": "Coffee causes cancer, the tabloid claimed."},
    # Must not contradict: multi-sentence narratives and assorted traps (time on one side
    # only, negation of an adverb, denial by the party accused, ...).
    {"id": "n74", "expect": "none",
     "a": (
         "The Athenians sailed to Sicily in 415 BC. They besieged Syracuse. The expedition "
         "ended in disaster."
     ),
     "b": (
         "In 415 BC the Athenians sailed to Sicily. They laid siege to Syracuse. The expedition "
         "ended in disaster."
     )},
    {"id": "n75", "expect": "none",
     "a": (
         "The company reported revenue of $5 billion. Net income rose 10%. The chief executive "
         "did not comment on guidance."
     ),
     "b": (
         "Revenue was $5 billion. Net income increased 10%. The chief executive declined to "
         "comment on guidance."
     )},
    {"id": "n76", "expect": "none",
     "a": (
         "Tesla delivered fewer cars in the first quarter. Its shares fell 5%. Analysts had "
         "expected more deliveries."
     ),
     "b": (
         "Tesla delivered fewer cars in the first quarter. Its shares fell 5%. Analysts did not "
         "expect the decline."
     )},
    {"id": "n77", "expect": "none",
     "a": (
         "The Germans attacked on 21 February 1916. The French held the line. Neither side won "
         "a decisive victory."
     ),
     "b": (
         "On 21 February 1916 the Germans attacked. The French did not break. Both sides "
         "suffered enormous losses."
     )},
    {"id": "n78", "expect": "none",
     "a": "The patient did not respond to the first treatment. The second treatment worked.",
     "b": "The patient responded to the second treatment."},
    {"id": "n79", "expect": "none",
     "a": "Researchers found no link between the vaccine and autism.",
     "b": "The vaccine is linked to autism, campaigners claimed."},
    {"id": "n80", "expect": "none",
     "a": "The US withdrew from Vietnam in 1973. Saigon fell in 1975.",
     "b": "Saigon fell in 1975. The US had withdrawn two years earlier."},
    {"id": "n81", "expect": "none",
     "a": "The Senate did not reject the nominee; it confirmed him.",
     "b": "The Senate confirmed the nominee."},
    {"id": "n82", "expect": "none",
     "a": "The player was not injured and did not miss the game.",
     "b": "The player played in the game."},
    {"id": "n83", "expect": "none",
     "a": "The prosecutor did not drop the charges.",
     "b": "The prosecutor pursued the charges."},
    {"id": "n84", "expect": "none",
     "a": "The Confederates were defeated at Gettysburg.",
     "b": "The Confederates did not win at Gettysburg."},
    {"id": "n85", "expect": "none",
     "a": "Inflation rose by less than 1%.",
     "b": "Inflation barely rose."},
    {"id": "n86", "expect": "none",
     "a": "The legion was destroyed in the Teutoburg Forest.",
     "b": "The legion was not destroyed at Cannae."},
    {"id": "n87", "expect": "either",
     "a": "The candidate won the primary but lost the general election.",
     "b": "The candidate lost the primary."},
    {"id": "n88", "expect": "none",
     "a": "Nothing suggests that the minister lied.",
     "b": "The minister lied."},
    {"id": "n89", "expect": "none",
     "a": "The firm denies any wrongdoing.",
     "b": "The firm committed wrongdoing."},
    {"id": "n90", "expect": "none",
     "a": "Hardly anyone supported the coup.",
     "b": "Nobody supported the coup."},
    {"id": "n91", "expect": "none",
     "a": "The president vetoed the bill, and Congress did not override the veto.",
     "b": "Congress overrode the veto in 1998."},
    {"id": "n92", "expect": "none",
     "a": "The results were not statistically significant.",
     "b": "The results were significant, the company said."},
    {"id": "n93", "expect": "none", "wrong_agreement": True,
     "a": "Few soldiers survived the march.",
     "b": "Soldiers survived the march."},
    {"id": "n94", "expect": "none",
     "a": "The army retreated only after it had won the battle.",
     "b": "The army did not win the battle, some historians argue."},
    {"id": "n95", "expect": "none",
     "a": "She didn't just win the race; she broke the record.",
     "b": "She won the race."},
    {"id": "n96", "expect": "none",
     "a": "The company reported a loss in 2020. It returned to profit in 2021.",
     "b": "The company reported a profit in 2021."},
    {"id": "n97", "expect": "none",
     "a": "The treaty was not signed until 1919.",
     "b": "The treaty was signed in 1919."},
    {"id": "n98", "expect": "none",
     "a": "The treaty was signed in 1919, not in 1918.",
     "b": "The treaty was signed in 1919."},
    {"id": "n99", "expect": "none",
     "a": "The team has never lost at home.",
     "b": "The team lost away in March."},
    # Must not contradict: objects told apart by an adjective, an ordinal, a place or a
    # time (northern/southern bridge, first/second leg, Monday/Tuesday).
    {"id": "p01", "expect": "none",
     "a": "The army captured the northern bridge.",
     "b": "The army did not capture the southern bridge."},
    {"id": "p02", "expect": "none",
     "a": "The team lost the first leg.",
     "b": "The team won the second leg."},
    {"id": "p03", "expect": "none",
     "a": "The company did not sell its European business.",
     "b": "The company sold its Asian business."},
    {"id": "p04", "expect": "none",
     "a": "The drug was not approved for children.",
     "b": "The drug was approved for adults."},
    {"id": "p05", "expect": "none",
     "a": "The drug was not approved in Europe.",
     "b": "The drug was approved in the United States."},
    {"id": "p06", "expect": "none",
     "a": "The Romans did not defeat Hannibal at Cannae.",
     "b": "The Romans defeated Hannibal at Zama."},
    {"id": "p07", "expect": "none",
     "a": "The president did not sign the bill on Monday.",
     "b": "The president signed the bill on Tuesday."},
    {"id": "p08", "expect": "none",
     "a": "The Germans did not reach Paris in 1914.",
     "b": "The Germans reached Paris in 1940."},
    # Must not contradict: the negation is on an adjunct, not on the event
    # (did not rise above $100, did not resign voluntarily, not unanimously).
    {"id": "p09", "expect": "none",
     "a": "The price did not rise above $100.",
     "b": "The price rose."},
    {"id": "p10", "expect": "none",
     "a": "The minister did not resign voluntarily.",
     "b": "The minister resigned."},
    {"id": "p11", "expect": "none",
     "a": "The bill did not pass unanimously.",
     "b": "The bill passed."},
    {"id": "p12", "expect": "none",
     "a": "Smith did not win the election by a large margin.",
     "b": "Smith won the election."},
    {"id": "p13", "expect": "none",
     "a": "The company did not grow as fast as its rivals.",
     "b": "The company grew."},
    {"id": "p14", "expect": "none",
     "a": (
         "The army did not retreat because it was afraid; it retreated because it ran out of "
         "supplies."
     ),
     "b": "The army retreated."},
    # Must not contradict: different agents of a passive.
    {"id": "p15", "expect": "none",
     "a": "The plan was rejected by the senate.",
     "b": "The plan was accepted by the assembly."},
    {"id": "p16", "expect": "none",
     "a": "The treaty was signed by France.",
     "b": "The treaty was not signed by Britain."},
    {"id": "p17", "expect": "none",
     "a": "The city was captured by the Germans in 1940.",
     "b": "The city was not captured by the Italians in 1940."},
    {"id": "p18", "expect": "none",
     "a": "The bridge was destroyed by the retreating army.",
     "b": "The bridge was not destroyed by the bombers."},
    # Must not contradict: pronouns and "the company" that refer to different entities.
    {"id": "p19", "expect": "none",
     "a": "The French attacked at dawn. They did not capture the hill.",
     "b": "The British attacked at noon. They captured the hill."},
    {"id": "p20", "expect": "none",
     "a": "Apple beat estimates. The company raised its dividend.",
     "b": "Intel missed estimates. The company did not raise its dividend."},
    {"id": "p21", "expect": "none", "wrong_agreement": True,
     "a": "Apple reported results. It rose 5% in 2023.",
     "b": "Samsung reported results. It fell 5% in 2023."},
    {"id": "p22", "expect": "none",
     "a": "Brazil played Germany in 2014. Germany won the match.",
     "b": "Brazil played Germany in 2014. Brazil lost the match."},
    # Must not contradict: different places or measures; the same statements reordered.
    {"id": "p23", "expect": "none",
     "a": "Sales rose in Europe.",
     "b": "Sales fell in Asia."},
    {"id": "p24", "expect": "none",
     "a": "Oil prices rose in 2022. Gas prices fell in 2022.",
     "b": "Gas prices fell in 2022. Oil prices rose in 2022."},
    # Must not contradict: win/lose, accept/reject with unrelated objects.
    {"id": "p25", "expect": "none",
     "a": "The company lost money in 2020.",
     "b": "The company won the contract in 2020."},
    {"id": "p26", "expect": "none",
     "a": "Smith lost weight.",
     "b": "Smith won the election."},
    {"id": "p27", "expect": "none",
     "a": "Smith did not lose hope.",
     "b": "Smith lost the election."},
    {"id": "p28", "expect": "none",
     "a": "The Senate accepted the resignation.",
     "b": "The Senate rejected the nomination."},
    # Must not contradict: frequency adverbs, near-negatives and other traps
    # (rarely, barely, nobody but, no doubt, not X until, not guilty, ...).
    {"id": "p29", "expect": "none",
     "a": "Senators rarely reject nominees.",
     "b": "Senators rejected the nominee."},
    {"id": "p30", "expect": "none",
     "a": "The economy barely grew in 2023.",
     "b": "The economy grew in 2023."},
    {"id": "p31", "expect": "none",
     "a": "Nobody but the general opposed the plan.",
     "b": "The general opposed the plan."},
    {"id": "p32", "expect": "none",
     "a": "The general had no choice but to surrender.",
     "b": "The general surrendered."},
    {"id": "p33", "expect": "none",
     "a": "There is no doubt that the emperor died in 14 AD.",
     "b": "The emperor died in 14 AD."},
    {"id": "p34", "expect": "none",
     "a": "The company did not deny that it had lost money.",
     "b": "The company lost money."},
    {"id": "p35", "expect": "none",
     "a": "It is not clear whether the army crossed the river.",
     "b": "The army crossed the river."},
    {"id": "p36", "expect": "none",
     "a": "Smith, not Jones, won the election.",
     "b": "Jones did not win the election."},
    {"id": "p37", "expect": "none",
     "a": "Only the French accepted the plan.",
     "b": "The British did not accept the plan."},
    {"id": "p38", "expect": "none", "wrong_agreement": True,
     "a": "The company said it would not cut jobs.",
     "b": "The company cut jobs."},
    {"id": "p39", "expect": "none",
     "a": "The company would not comment.",
     "b": "The company commented on the deal."},
    {"id": "p40", "expect": "none",
     "a": "Germany beat Brazil.",
     "b": "Brazil lost to Germany."},
    {"id": "p41", "expect": "none", "wrong_agreement": True,
     "a": "The defendant was found not guilty.",
     "b": "The defendant was found guilty of fraud in another trial."},
    {"id": "p42", "expect": "none",
     "a": "Napoleon did not invade Russia until June 1812.",
     "b": "Napoleon invaded Russia in June 1812."},
    {"id": "p43", "expect": "none",
     "a": "The senator voted against the bill.",
     "b": "The senator did not vote for the bill."},
    {"id": "p44", "expect": "none",
     "a": "Investors were unable to sell their shares.",
     "b": "Investors could not sell their shares."},
    {"id": "p45", "expect": "none",
     "a": "The troops did not advance far.",
     "b": "The troops advanced."},
    # Must not contradict: times without a year, relative times, a time on one side only.
    {"id": "p46", "expect": "none",
     "a": "The president did not sign the bill in May.",
     "b": "The president signed the bill in June."},
    {"id": "p47", "expect": "none",
     "a": "The senate accepted the bill on Monday.",
     "b": "The senate rejected the bill on Friday."},
    {"id": "p48", "expect": "none",
     "a": "The firm paid a dividend last year.",
     "b": "The firm did not pay a dividend this year."},
    {"id": "p49", "expect": "none",
     "a": "The company reported a profit in 2020.",
     "b": "The company did not report a profit."},
    # Must not contradict: the same predicate of different subjects; questions and
    # supposition against a denial.
    {"id": "p50", "expect": "none", "wrong_agreement": True,
     "a": "Apple raised its dividend.",
     "b": "Samsung raised its dividend."},
    {"id": "p51", "expect": "none",
     "a": "Why did the company not report the loss?",
     "b": "The company did not report the loss."},
    {"id": "p52", "expect": "none",
     "a": "It is unlikely that the vaccine caused the illness.",
     "b": "The vaccine did not cause the illness."},
    # Should contradict, second batch: clearer cases, then ("either") ones where a
    # contradiction is arguable and neither outcome is scored.
    {"id": "q01", "expect": "contradiction",
     "a": "Oil prices rose in 2022. Gas prices fell in 2022.",
     "b": "Oil prices fell in 2022."},
    {"id": "q02", "expect": "contradiction",
     "a": "Germany did not invade Switzerland in World War II.",
     "b": "Germany invaded Switzerland in World War II."},
    {"id": "q03", "expect": "contradiction",
     "a": "The Senate confirmed the nominee on Tuesday.",
     "b": "The Senate rejected the nominee on Tuesday."},
    {"id": "q04", "expect": "contradiction",
     "a": "Trump won Pennsylvania in 2016.",
     "b": "Trump lost Pennsylvania in 2016."},
    {"id": "q05", "expect": "contradiction",
     "a": "No agreement was reached at the summit.",
     "b": "An agreement was reached at the summit."},
    {"id": "q06", "expect": "contradiction", "wrong_agreement": True,
     "a": "Scientists have not yet found a cure for the disease.",
     "b": "Scientists have found a cure for the disease."},
    {"id": "q07", "expect": "contradiction", "wrong_agreement": True,
     "a": "The army neither advanced nor retreated.",
     "b": "The army advanced."},
    {"id": "q08", "expect": "contradiction", "wrong_agreement": True,
     "a": "The defendant was found not guilty.",
     "b": "The defendant was found guilty."},
    {"id": "q09", "expect": "contradiction",
     "a": "He claimed that the election had been stolen, but the courts rejected the claim.",
     "b": "The courts accepted the claim."},
    {"id": "q10", "expect": "either",
     "a": "The patient survived the operation.",
     "b": "The patient died during the operation."},
    {"id": "q11", "expect": "either",
     "a": "The shares closed higher on Friday.",
     "b": "The shares closed lower on Friday."},
    {"id": "q12", "expect": "either",
     "a": "The economy grew in 2023, but not in 2024.",
     "b": "The economy grew in 2024."},
    {"id": "q13", "expect": "either", "wrong_agreement": True,
     "a": "Not a single soldier deserted during the siege.",
     "b": "Soldiers deserted during the siege."},
]

DOCUMENT_PAIRS: list[dict] = [
    # Realistic pairs: two accounts of one event (news, press releases, court rulings,
    # encyclopedia entries, translations), some with a planted contradiction. Omissions
    # are not scored here (the accounts are only loosely parallel).
    {
        "id": "R01",
        "note": "mayor resigned vs not",
        "a": (
            "A pedestrian bridge over the Arno collapsed in Florence on Tuesday evening, injuring "
            "at least 14 people. Firefighters arrived within minutes and pulled three people from "
            "the river. The bridge, which was built in 1968, had been closed for inspection in "
            "2019 but reopened the following year.\n\n"
            "City officials said the structure had passed its most recent safety review in March. "
            '"We have no indication that the inspection missed anything," a spokesman for the '
            "council said. Engineers, however, suggested that heavy rain may have weakened the "
            "foundations.\n\n"
            "The mayor resigned on Wednesday morning. Prosecutors opened an investigation into "
            "possible negligence; no arrests have been made. The regional government pledged 2 "
            "million euros for repairs."
        ),
        "b": (
            "At least fourteen people were hurt when a footbridge across the Arno gave way in "
            "Florence late on Tuesday. Three of the injured were rescued from the water by "
            "firefighters.\n\n"
            "The mayor did not resign, despite calls from the opposition on Wednesday. Prosecutors "
            "have opened a negligence inquiry, though nobody has been arrested.\n\n"
            "The 1968 bridge was shut for checks in 2019 and reopened in 2020. According to the "
            "council, it passed a safety review in March. Some engineers think the recent rains "
            "might have undermined its foundations. The region promised €2 million for the "
            "rebuilding work."
        ),
        "contradictions": [
            ("mayor resigned", "mayor did not resign"),
        ],
    },
    {
        "id": "R02",
        "note": "no contradiction",
        "a": (
            "SAN JOSE, Calif., May 2, 2024 -- Nortek Systems Inc. (NASDAQ: NRTK) today announced "
            "financial results for its first quarter ended March 31, 2024. Revenue was $412 "
            "million, up 9% from a year earlier. Net income rose to $38 million, or $0.61 per "
            "diluted share.\n\n"
            '"We delivered another quarter of disciplined growth," said Chief Executive Officer '
            'Dana Whitfield. "Our data-center business did not slow down, and we expect demand to '
            'remain strong through the year."\n\n'
            "The company reaffirmed its full-year guidance of $1.7 billion to $1.75 billion in "
            "revenue. Nortek did not repurchase any shares during the quarter. The board declared "
            "a quarterly dividend of $0.12 per share, payable on June 14.\n\n"
            "This press release contains forward-looking statements; actual results may differ "
            "materially."
        ),
        "b": (
            "Nortek Systems reported a 9% rise in first-quarter revenue on Thursday, to $412 "
            "million, as demand from data centers held up. Net income climbed to $38 million.\n\n"
            "The results topped analysts' estimates, which had called for revenue of about $400 "
            "million, according to LSEG data. Shares of the San Jose company rose 4% in "
            "after-hours trading.\n\n"
            "Chief executive Dana Whitfield said the data-center unit had not slowed and that she "
            "expected demand to stay strong. The company kept its annual revenue forecast of $1.7 "
            "billion to $1.75 billion.\n\n"
            "Nortek, which did not buy back stock in the quarter, will pay a dividend of 12 cents "
            "a share in June. Some analysts cautioned that margins could come under pressure later "
            "in the year."
        ),
    },
    {
        "id": "R03",
        "note": "cavalry routed vs repulsed: antonym-ish, hard; may be missed",
        "a": (
            "The Battle of Mollwitz was fought on 10 April 1741 between Prussia and Austria during "
            "the War of the Austrian Succession. It was the first major battle of Frederick the "
            "Great's reign.\n\n"
            "The Prussian army, some 22,000 strong, advanced through deep snow toward the Austrian "
            "camp. The Austrian commander, Count Neipperg, had not expected an attack and was slow "
            "to deploy. The Austrian cavalry under Römer routed the Prussian cavalry on the right "
            "wing. Believing the battle lost, Frederick left the field on the advice of Field "
            "Marshal Schwerin.\n\n"
            "The Prussian infantry, however, held its ground. Schwerin led the infantry forward, "
            "and the Austrians retreated in the evening. Losses were heavy on both sides: the "
            "Prussians lost about 4,800 men and the Austrians about 4,500.\n\n"
            "The victory established Prussia as a serious military power."
        ),
        "b": (
            "Mollwitz (10 April 1741) was Frederick II's first great battle. His army marched "
            "across snow-covered fields and surprised Neipperg, who had failed to post adequate "
            "pickets.\n\n"
            "On the Prussian right, Römer's Austrian horsemen charged, but the Prussian cavalry "
            "repulsed them. The king nonetheless rode away from the battle, urged by Schwerin, who "
            "feared for his safety.\n\n"
            "It was the disciplined Prussian foot soldiers who decided the day. Under Schwerin "
            "they advanced steadily, and by nightfall the Austrians had withdrawn. Each side lost "
            "roughly 4,500 to 4,800 men.\n\n"
            "Historians have long debated whether Frederick's departure was cowardice; most now "
            "think it was not. Mollwitz announced Prussia's arrival as a European power."
        ),
        "contradictions": [
            ("routed the Prussian cavalry", "repulsed them"),
        ],
    },
    {
        "id": "R04",
        "note": (
            "the corridor statements are both attributed, to opposing parties (the ministry "
            "announced / a spokesman said), like R14 and R19: not comparable, so no contradiction "
            "is planted (the draft planted one while its note said not_comparable was right)"
        ),
        "a": (
            "The Ministry of Defence said on Sunday that its forces had repelled an attack on the "
            "border town of Korsun overnight. According to the ministry, the enemy lost 40 "
            "soldiers and two armoured vehicles. No Ministry personnel were killed, the statement "
            "said.\n\n"
            "The ministry denied reports that its troops had withdrawn from the nearby village of "
            'Ostriv. "Our positions around Ostriv remain unchanged," a spokesman said. The '
            "ministry also accused the other side of shelling civilian areas.\n\n"
            "Humanitarian corridors will open on Monday, the ministry announced."
        ),
        "b": (
            "The Northern Command said its units had entered Korsun on Saturday night and had "
            "taken up positions on its eastern edge. The command said it had lost no vehicles in "
            "the operation.\n\n"
            "It claimed that government troops had withdrawn from Ostriv and that the village was "
            "now under its control. The command denied shelling civilian areas, saying it targeted "
            "only military positions.\n\n"
            "A spokesman said humanitarian corridors would not open on Monday because the "
            "government had not guaranteed safe passage."
        ),
    },
    {
        "id": "R05",
        "note": "upheld vs overturned",
        "a": (
            "Summary of the decision. The Court of Appeal, by a majority of two to one, allowed "
            "the appeal in part. The court held that the trial judge had erred in excluding the "
            "expert evidence on causation. It did not, however, accept the appellant's argument "
            "that the limitation period had expired.\n\n"
            "The conviction on count 1 (fraud) was quashed and a retrial ordered. The conviction "
            "on count 2 (false accounting) was upheld. Lady Justice Moore dissented; she would "
            "have dismissed the appeal in its entirety.\n\n"
            "Costs were reserved."
        ),
        "b": (
            "A former finance director has won a partial victory at the Court of Appeal, which "
            "quashed his fraud conviction and ordered a new trial. Two of the three judges agreed "
            "that the judge at his original trial should not have excluded expert evidence.\n\n"
            "The court rejected his claim that the case had been brought too late. His conviction "
            "for false accounting was overturned as well, the court said.\n\n"
            "One judge, Lady Justice Moore, disagreed with the majority and would have thrown out "
            "the appeal. No decision has yet been made on costs."
        ),
        "contradictions": [
            ("count 2 (false accounting) was upheld", "false accounting was overturned"),
        ],
    },
    {
        "id": "R06",
        "note": "translation, no contradiction; expect many agreements",
        "a": (
            "When these things had been reported to Caesar, he hastened to set out from the city. "
            "He marched by the longest possible stages into Further Gaul and came to Geneva. He "
            "ordered the whole province to furnish as great a number of soldiers as possible, for "
            "there was only one legion in Further Gaul. He ordered the bridge near Geneva to be "
            "broken down.\n\n"
            "When the Helvetii learned of his arrival, they sent envoys to him, the most "
            "distinguished men of their state. They said that they intended to march through the "
            "province without doing any harm, because they had no other route. They asked that "
            "they might be allowed to do so with his consent.\n\n"
            "Caesar did not think that this should be granted, since he remembered that the consul "
            "Lucius Cassius had been killed by the Helvetii. Nor did he believe that men of "
            "hostile disposition would refrain from injury."
        ),
        "b": (
            "On receiving this news Caesar hurried from Rome. By forced marches he reached Further "
            "Gaul and arrived at Geneva. Because only a single legion was stationed in Further "
            "Gaul, he demanded that the province raise as many troops as it could. He had the "
            "bridge at Geneva destroyed.\n\n"
            "Learning that he had come, the Helvetii sent ambassadors, the noblest men of their "
            "nation. They declared that they meant to cross the province without causing any "
            "damage, since they had no other road. They requested his permission to do this.\n\n"
            "Caesar did not consider that the request should be granted, for he recalled that the "
            "consul Lucius Cassius had been slain by the Helvetii. Nor did he think that men so "
            "hostile would abstain from doing harm."
        ),
    },
    {
        "id": "R07",
        "note": "turnout rose vs fell",
        "a": (
            "Voters in Portugal handed the centre-right Democratic Alliance a narrow victory on "
            "Sunday, though it fell well short of a majority. The alliance won 29.5% of the vote, "
            "against 28.7% for the Socialists. The far-right Chega party nearly quadrupled its "
            "seats, to 48.\n\n"
            "Turnout rose to 66%, the highest in decades. Socialist leader Pedro Nuno Santos "
            'conceded defeat shortly after midnight. "The Portuguese have spoken, and we will lead '
            'the opposition," he said.\n\n'
            "Alliance leader Luís Montenegro has said he will not govern with Chega. It is not yet "
            "clear whether he can form a stable minority government."
        ),
        "b": (
            "Portugal's Socialists conceded on Sunday night after losing a close election to the "
            "Democratic Alliance, which took just under 30% of the vote. The Socialists finished "
            "with about 29%.\n\n"
            "Chega, a populist party of the far right, won 48 seats, up from 12. Turnout fell to "
            "52%, according to the electoral commission.\n\n"
            "Luís Montenegro, the alliance's leader, repeated that he would not form a government "
            "with Chega. Analysts said a minority government might struggle to pass a budget."
        ),
        "contradictions": [
            ("Turnout rose to 66%", "Turnout fell to 52%"),
        ],
    },
    {
        "id": "R08",
        "note": "no contradiction",
        "a": (
            "Health officials in Oregon said on Friday that they were investigating a cluster of "
            "measles cases in Lane County. Seven cases have been confirmed, all in children who "
            "had not been vaccinated. None of the children has been hospitalised.\n\n"
            "Officials believe the outbreak may have started at a daycare centre in Eugene, though "
            'they have not confirmed the source. "It is possible that more cases will emerge in '
            'the coming weeks," said Dr. Patrick Luedtke, the county\'s senior health officer.\n\n'
            "The county has not ordered any closures. Parents were urged to check their children's "
            "vaccination records; clinics will offer free shots on Saturday and Sunday."
        ),
        "b": (
            "Lane County has confirmed seven measles cases, all among unvaccinated children, "
            "health authorities said Friday. No child has needed hospital care.\n\n"
            "The source of the outbreak has not been confirmed, but investigators suspect a "
            "daycare in Eugene. Dr. Patrick Luedtke warned that further cases could appear.\n\n"
            "No schools or daycares have been closed. Free vaccinations will be available at "
            "county clinics this weekend, and parents should review their children's records, "
            "officials said."
        ),
    },
    {
        "id": "R09",
        "note": "approved vs blocked; shares rose vs fell",
        "a": (
            "The European Commission on Wednesday approved Vantra's 6.2 billion euro acquisition "
            "of the Danish shipping firm Nordlys, subject to conditions. Vantra agreed to sell "
            "Nordlys's feeder business in the Baltic to address competition concerns.\n\n"
            "The deal, first announced in October, had drawn objections from rival carriers. "
            'Competition Commissioner Teresa Ribera said the remedies "fully address" the '
            "concerns. Vantra shares rose 3% in Paris.\n\n"
            "The companies expect the transaction to close in the third quarter."
        ),
        "b": (
            "Brussels blocked Vantra's planned takeover of Nordlys on Wednesday, saying the "
            "remedies offered did not go far enough. The French group had proposed selling a "
            "Baltic feeder operation.\n\n"
            "Rival carriers had complained about the 6.2 billion euro deal since it was unveiled "
            "in October. Vantra said it was disappointed and would consider an appeal. Its shares "
            "fell 5% in Paris."
        ),
        "contradictions": [
            ("approved Vantra", "blocked Vantra"),
            ("shares rose 3%", "shares fell 5%"),
        ],
    },
    {
        "id": "R10",
        "note": (
            "no contradiction; 'lost popular vote to Tilden' vs 'Tilden won popular vote' is "
            "agreement"
        ),
        "a": (
            "The 1876 United States presidential election was one of the most disputed in American "
            "history. Democrat Samuel J. Tilden won the popular vote by about 250,000 votes. "
            "However, the electoral votes of Florida, Louisiana and South Carolina were contested, "
            "and neither candidate had a majority.\n\n"
            "Congress created an Electoral Commission of fifteen members to resolve the dispute. "
            "The commission awarded all twenty disputed votes to Rutherford B. Hayes by a vote of "
            "8 to 7. Democrats did not accept the result at first; some threatened to block the "
            "count.\n\n"
            "An informal agreement, later called the Compromise of 1877, ended the crisis. Federal "
            "troops were withdrawn from the South, and Reconstruction came to an end."
        ),
        "b": (
            "In 1876, Rutherford Hayes, the Republican candidate, lost the popular vote to Samuel "
            "Tilden. Three Southern states sent two sets of electoral returns, and the outcome "
            "hung on their twenty votes.\n\n"
            "A fifteen-member Electoral Commission, established by Congress, gave every contested "
            "vote to Hayes; the decision split along party lines, 8 to 7. Many Democrats were "
            "furious and considered filibustering the count.\n\n"
            "Whether a formal bargain was ever struck remains debated by historians. What is clear "
            "is that Hayes withdrew federal troops from the South soon after taking office, "
            "bringing Reconstruction to a close."
        ),
    },
    {
        "id": "R11",
        "note": (
            "scored penalty vs missed penalty (antonym). Also Richarlison equalised vs Maddison "
            "levelled - different subjects ok"
        ),
        "a": (
            "Arsenal beat Tottenham 3-2 at the Emirates Stadium on Sunday to move four points "
            "clear at the top of the Premier League. Bukayo Saka opened the scoring in the 12th "
            "minute, and Kai Havertz added a second before half-time.\n\n"
            "Tottenham fought back after the break. Son Heung-min scored from the penalty spot in "
            "the 58th minute, and Richarlison equalised eight minutes later. Declan Rice headed "
            "the winner from a corner in the 81st minute.\n\n"
            "Tottenham manager Ange Postecoglou said his side had not deserved to lose. Arsenal's "
            "Mikel Arteta praised his players' resilience. Arsenal have not lost a home game since "
            "October."
        ),
        "b": (
            "Declan Rice's late header gave Arsenal a 3-2 win over north London rivals Tottenham "
            "on Sunday, extending their lead in the Premier League to four points.\n\n"
            "Goals from Saka and Havertz put the hosts 2-0 up at the interval. Son missed a "
            "penalty early in the second half, but Richarlison pulled one back and then James "
            "Maddison levelled the score. Rice won it with nine minutes left.\n\n"
            "Ange Postecoglou felt Tottenham deserved at least a draw. Arteta said his team showed "
            "resilience."
        ),
        "contradictions": [
            ("Son Heung-min scored from the penalty spot", "Son missed a penalty"),
        ],
    },
    {
        "id": "R12",
        "note": "no contradiction",
        "a": (
            "A large study published on Wednesday in The Lancet found that people who walked at "
            "least 7,000 steps a day had a 47% lower risk of early death than those who walked "
            "fewer than 2,000. The researchers analysed data from 160,000 adults in 12 "
            "countries.\n\n"
            "The study was observational and does not prove that walking causes longer life, the "
            "authors cautioned. Other factors, such as diet and income, may partly explain the "
            "association. The benefits did not increase much beyond 10,000 steps.\n\n"
            '"People don\'t need to hit 10,000 steps to see real benefits," said lead author Dr. '
            "Melody Ding of the University of Sydney."
        ),
        "b": (
            "Walking 7,000 steps a day may cut the risk of dying early by almost half, according "
            "to research from the University of Sydney published in The Lancet. The team pooled "
            "data on 160,000 adults from a dozen countries.\n\n"
            "Dr. Melody Ding, who led the work, said that people did not need to reach 10,000 "
            "steps to benefit. Above 10,000 steps the gains levelled off.\n\n"
            "Because the study was observational, it cannot show cause and effect. Diet, income "
            "and other factors could account for some of the link."
        ),
    },
    {
        "id": "R13",
        "note": "planted polarity",
        "a": (
            "The Falklands War began on 2 April 1982, when Argentine forces invaded the Falkland "
            "Islands. Britain dispatched a naval task force, which arrived in late April. On 2 May "
            "the British submarine HMS Conqueror sank the Argentine cruiser General Belgrano, "
            "killing 323 men.\n\n"
            "British troops landed at San Carlos on 21 May. After fierce fighting at Goose Green "
            "and on the hills around Stanley, the Argentine garrison surrendered on 14 June. 649 "
            "Argentine and 255 British servicemen died in the conflict.\n\n"
            "The defeat hastened the fall of the military junta in Buenos Aires."
        ),
        "b": (
            "The conflict over the Malvinas started on 2 April 1982 with the Argentine landing on "
            "the islands. A British fleet reached the South Atlantic at the end of April. The "
            "cruiser General Belgrano was torpedoed on 2 May by a British submarine; 323 sailors "
            "were killed.\n\n"
            "British forces came ashore at San Carlos on 21 May. The Argentine forces did not "
            "surrender on 14 June; they fought on until the end of the month. In total, 649 "
            "Argentines and 255 Britons were killed.\n\n"
            "Argentina has never renounced its claim to the islands."
        ),
        "contradictions": [
            ("garrison surrendered on 14 June", "did not surrender on 14 June"),
        ],
    },
    {
        "id": "R14",
        "note": "denied vs alleged: both attributed -> not_comparable, not discrepancy",
        "a": (
            "In a statement on Monday, Helix Pharmaceuticals said it had not concealed any safety "
            "data from regulators. The company said its heart drug Cardiva had been tested in more "
            "than 9,000 patients and that the trials had found no increased risk of stroke.\n\n"
            '"We stand behind the safety of Cardiva," the company said. Helix added that it would '
            "cooperate fully with the Food and Drug Administration.\n\n"
            "Helix shares fell 11% on Monday."
        ),
        "b": (
            "Internal documents reviewed by this newspaper suggest that Helix Pharmaceuticals may "
            "have withheld data showing a higher rate of strokes among patients taking Cardiva. "
            "Two former employees said the company had concealed safety data from the Food and "
            "Drug Administration.\n\n"
            "Cardiva was tested in about 9,000 patients before it was approved in 2019. The FDA "
            "declined to comment on whether it had opened an inquiry.\n\n"
            "The company's shares fell 11% on Monday after the report was published."
        ),
    },
    {
        "id": "R15",
        "note": "accept vs reject; strikes cancelled vs go ahead (hard)",
        "a": (
            "Members of the Rail Workers' Union voted on Thursday to accept the latest pay offer "
            "from Network Lines, ending a dispute that had lasted 18 months. The offer includes a "
            "5% rise this year and a further 4.5% in 2025.\n\n"
            "About 71% of members voted in favour, on a turnout of 64%. The union's general "
            'secretary said the deal was "not perfect, but the best achievable." Strikes planned '
            "for next week have been cancelled.\n\n"
            "Passenger groups welcomed the news. The government said it had not been involved in "
            "the negotiations."
        ),
        "b": (
            "Rail union members have rejected Network Lines' latest pay offer, raising the "
            "prospect of further disruption. The deal would have raised pay by 5% this year and "
            "4.5% next year.\n\n"
            "Turnout in the ballot was 64%. The union leader described the offer as inadequate. "
            "Next week's strikes will go ahead, the union said.\n\n"
            "Ministers insisted they had played no part in the talks."
        ),
        "contradictions": [
            ("voted on Thursday to accept", "rejected Network Lines"),
            ("have been cancelled", "will go ahead"),
        ],
    },
    {
        "id": "R16",
        "note": "no contradiction",
        "a": (
            "Penicillin was discovered in 1928 by Alexander Fleming (1881–1955), a Scottish "
            "bacteriologist working at St Mary's Hospital in London. Returning from holiday, he "
            "noticed that a mould (Penicillium notatum) had contaminated one of his culture "
            "plates; the bacteria around it had been killed.\n\n"
            "Fleming published his findings in 1929, but he did not succeed in purifying the "
            "substance. For about a decade, little was done with the discovery.\n\n"
            "In 1939 Howard Florey and Ernst Chain, at Oxford, began to purify penicillin. The "
            "first patient, a police constable, was treated in 1941; he improved at first but died "
            "when supplies ran out. Mass production began in the United States during the Second "
            "World War. Fleming, Florey and Chain shared the Nobel Prize in 1945."
        ),
        "b": (
            "In September 1928 the Scottish scientist Alexander Fleming observed that a mould had "
            "killed staphylococcus bacteria on a culture plate at St Mary's Hospital, London. The "
            "mould was later identified as Penicillium notatum.\n\n"
            "His 1929 paper attracted little attention; Fleming could not isolate the active "
            "compound. The work at Oxford, led by Florey and Chain from 1939, turned the "
            "observation into a medicine.\n\n"
            "Albert Alexander, an Oxford policeman, became the first patient in 1941. His "
            "condition improved, but he died after the supply was exhausted. American factories "
            "produced penicillin in large quantities during the war. The 1945 Nobel Prize in "
            "Physiology or Medicine went to Fleming, Florey and Chain."
        ),
    },
    {
        "id": "R17",
        "a": (
            "Hurricane Delia made landfall near Port Arthur, Texas, early on Thursday as a "
            "Category 3 storm, with winds of 120 mph. More than 400,000 homes lost power.\n\n"
            "Governor Abbott ordered the mandatory evacuation of Jefferson County on Wednesday. "
            "Shelters in Beaumont and Houston opened on Wednesday night. There were no confirmed "
            "deaths by Thursday afternoon, officials said.\n\n"
            "The storm weakened as it moved inland and is expected to bring heavy rain to "
            "Louisiana on Friday."
        ),
        "b": (
            "Delia came ashore near Port Arthur before dawn on Thursday with sustained winds of "
            "120 miles per hour, knocking out electricity to over 400,000 customers.\n\n"
            "The governor did not order a mandatory evacuation of Jefferson County, urging "
            "residents instead to leave voluntarily. Shelters opened in Beaumont and Houston.\n\n"
            "No deaths had been confirmed as of Thursday afternoon. Forecasters said the storm "
            "would weaken over land but could dump heavy rain on Louisiana."
        ),
        "contradictions": [
            ("ordered the mandatory evacuation", "did not order a mandatory evacuation"),
        ],
    },
    {
        "id": "R18",
        "note": "no contradiction",
        "a": (
            "Charlemagne (c. 747 – 28 January 814) was King of the Franks from 768, King of the "
            "Lombards from 774, and Emperor of the Romans from 800. He united much of western and "
            "central Europe.\n\n"
            "He conquered the Lombard kingdom in Italy; he fought the Saxons for more than thirty "
            "years; and he campaigned against the Avars and in Spain. In 778 his rearguard was "
            "destroyed at Roncevaux Pass.\n\n"
            "Pope Leo III crowned him emperor in Rome on Christmas Day 800. Charlemagne did not "
            "learn to write, although he tried late in life. He died at Aachen in 814 and was "
            "succeeded by his son Louis the Pious."
        ),
        "b": (
            "Charles the Great, or Charlemagne, ruled the Franks from 768 and the Lombards from "
            "774; in 800 he became emperor. Under him most of western Europe was brought "
            "together.\n\n"
            "His campaigns included the conquest of Lombard Italy, a long and brutal war against "
            "the Saxons (772–804), and expeditions against the Avars and into Spain, where his "
            "rearguard was ambushed at Roncevaux in 778.\n\n"
            "On 25 December 800 Leo III crowned him in St Peter's. According to Einhard, he tried "
            "to learn to write but never mastered it. He died in Aachen in January 814; his son "
            "Louis succeeded him."
        ),
    },
    {
        "id": "R19",
        "note": (
            "armed per police vs not armed per witnesses: both attributed -> not_comparable, not "
            "discrepancy"
        ),
        "a": (
            "Police in Leeds said on Saturday that officers had shot a man who was armed with a "
            "knife outside a shopping centre on Friday evening. The man, 34, was taken to "
            "hospital, where his condition is described as stable.\n\n"
            "A police spokesman said the officers had warned the man several times before firing. "
            "The Independent Office for Police Conduct has been notified, as is standard. No "
            "members of the public were hurt."
        ),
        "b": (
            "A 34-year-old man was shot by police outside a Leeds shopping centre on Friday. "
            "Several witnesses said the man was not armed and had his hands raised.\n\n"
            "The man is in a stable condition in hospital. The police watchdog said it would "
            "investigate. Nobody else was injured.\n\n"
            "Police said officers had issued repeated warnings. The force has not said whether "
            "body cameras were recording."
        ),
    },
    {
        "id": "R20",
        "note": "shares fell vs rose same day",
        "a": (
            "Apple unveiled its new iPhone 16 lineup at its Cupertino headquarters on Monday. The "
            "base model keeps the $799 starting price of its predecessor, while the Pro Max starts "
            "at $1,199.\n\n"
            "The phones include a new camera button and are built around the A18 chip. Apple "
            "Intelligence, the company's artificial-intelligence features, will not be available "
            "at launch; they will arrive in an update in October.\n\n"
            "Pre-orders begin on Friday, and the phones go on sale on September 20. Apple shares "
            "fell 1% on Monday."
        ),
        "b": (
            "Apple introduced the iPhone 16 on Monday, holding the entry price at $799. The "
            "top-end Pro Max costs $1,199.\n\n"
            "New features include a dedicated camera control and the A18 processor. The company's "
            "AI tools won't ship with the phones but will come later in the autumn.\n\n"
            "Customers can pre-order from Friday; the devices reach stores on September 20. "
            "Apple's stock rose 2% after the event."
        ),
        "contradictions": [
            ("shares fell 1%", "stock rose 2%"),
        ],
    },
    {
        "id": "R21",
        "note": (
            "no contradiction; 'did not accept' vs 'rejected' agreement; 'did not support' vs "
            "'opposed'"
        ),
        "a": (
            "In July 1956 Egyptian President Gamal Abdel Nasser nationalised the Suez Canal "
            "Company. Britain and France, the company's main shareholders, did not accept the "
            "move. They secretly agreed with Israel on a plan to retake the canal.\n\n"
            "Israel invaded the Sinai on 29 October. Britain and France then issued an ultimatum "
            "and, when Egypt refused to comply, bombed Egyptian airfields. Anglo-French troops "
            "landed at Port Said on 5 and 6 November.\n\n"
            "The United States did not support the operation. Under American financial pressure, "
            "Britain agreed to a ceasefire on 6 November. The last British and French troops left "
            "Egypt in December; Israel withdrew from the Sinai in March 1957."
        ),
        "b": (
            "Nasser's nationalisation of the canal company in July 1956 was rejected by London and "
            "Paris. At a secret meeting at Sèvres, the two governments coordinated an attack with "
            "Israel.\n\n"
            "On 29 October Israeli forces crossed into the Sinai. An Anglo-French ultimatum "
            "followed; Egypt ignored it, and British and French aircraft attacked its airfields. "
            "Paratroopers and marines landed at Port Said in early November.\n\n"
            "Washington opposed the invasion and put financial pressure on London. Britain "
            "accepted a ceasefire on 6 November. British and French forces were out of Egypt by "
            "Christmas, and the Israelis left the Sinai the following March."
        ),
    },
    {
        "id": "R22",
        "note": "acquitted of conspiracy vs convicted of conspiracy",
        "a": (
            "A jury in Manhattan on Tuesday found former state senator Harold Brenner guilty of "
            "three counts of bribery but acquitted him of conspiracy. Prosecutors had accused "
            "Brenner of accepting $240,000 in cash and gifts from a developer in exchange for his "
            "support for a zoning change.\n\n"
            "Brenner, 61, did not testify during the four-week trial. His lawyer said he would "
            "appeal. Sentencing is scheduled for March 12; each bribery count carries a maximum of "
            "10 years."
        ),
        "b": (
            "Former state senator Harold Brenner was convicted on Tuesday of bribery and "
            "conspiracy after a four-week trial in Manhattan. The jury found that he had taken "
            "$240,000 in cash and gifts from a property developer.\n\n"
            "Brenner, who is 61, chose not to take the stand. His attorney said an appeal would "
            "follow. He will be sentenced on March 12."
        ),
        "contradictions": [
            ("acquitted him of conspiracy", "convicted on Tuesday of bribery and conspiracy"),
        ],
    },
    {
        "id": "R23",
        "note": "no contradiction",
        "a": (
            "Consumer prices in the euro area rose 2.4% in November from a year earlier, down from "
            "2.9% in October, Eurostat said on Thursday. Core inflation, which excludes energy and "
            "food, eased to 3.6%.\n\n"
            "Energy prices fell 11.5% year on year. Services inflation was unchanged at 4.0%.\n\n"
            "Economists said the figures made it unlikely that the European Central Bank would "
            "raise interest rates again. Some policymakers have suggested that rate cuts could "
            "come in the first half of next year, although the ECB's president has not endorsed "
            "that view."
        ),
        "b": (
            "Euro zone inflation slowed to 2.4% in November, the lowest in more than two years, "
            "according to a flash estimate from Eurostat. In October the rate had been 2.9%.\n\n"
            "Excluding food and energy, prices were 3.6% higher than a year before. Energy costs "
            "dropped by 11.5%, while services inflation held at 4%.\n\n"
            "Markets now expect the ECB to cut rates by the middle of 2024, though Christine "
            "Lagarde has not said so. Analysts think another rate increase is unlikely."
        ),
    },
    {
        "id": "R24",
        "a": (
            "The French novelist Claire Maury died on Sunday at her home in Lyon. She was 88. "
            "Maury wrote seventeen novels, of which the best known, Les Eaux Basses (1971), won "
            "the Prix Goncourt.\n\n"
            "Born in Lyon in 1935, she studied philosophy in Paris and taught at a lycée for ten "
            "years before her first book was published. She married the painter Jean Delorme in "
            "1962; they separated in 1980. She had no children.\n\n"
            "Maury refused the Légion d'honneur in 1995, saying writers should not accept honours "
            "from the state."
        ),
        "b": (
            "Claire Maury, whose novel Les Eaux Basses won the 1971 Goncourt, has died in Lyon "
            "aged 88. She published seventeen novels over five decades.\n\n"
            "A native of Lyon, she read philosophy in Paris and spent a decade teaching in a "
            "secondary school. She never married, and she had no children.\n\n"
            "In 1995 she accepted the Légion d'honneur, a decision that surprised some of her "
            "admirers."
        ),
        "contradictions": [
            ("married the painter", "never married"),
            ("refused the Légion", "accepted the Légion"),
        ],
    },
    {
        "id": "R25",
        "note": "no contradiction; Meloni denial attributed",
        "a": (
            "Leaders of the G7 ended their summit in Apulia on Saturday with a pledge to provide "
            "Ukraine with a $50 billion loan, backed by profits from frozen Russian assets. The "
            "communiqué did not mention abortion rights, a change from last year's statement.\n\n"
            '"We will not waver in our support," the leaders said. Italian Prime Minister Giorgia '
            "Meloni denied that her government had pressed for the removal of the abortion "
            "language.\n\n"
            "The leaders also warned China against supplying weapons components to Russia. China's "
            "foreign ministry rejected the accusations."
        ),
        "b": (
            "The G7 summit in southern Italy closed on Saturday with agreement on a $50 billion "
            "loan for Ukraine, to be repaid from the interest on immobilised Russian assets. "
            "Unlike the 2023 communiqué, this year's statement made no reference to abortion.\n\n"
            "Diplomats said Italy had pushed to remove the language, a claim Meloni rejected. The "
            "group cautioned Beijing over exports that help Russia's military; Beijing dismissed "
            "the warnings as groundless."
        ),
    },
    {
        "id": "R26",
        "a": (
            "Tadej Pogačar won the 15th stage of the Tour de France on Sunday, extending his lead "
            "over Jonas Vingegaard to more than three minutes. The Slovenian attacked on the final "
            "climb to Plateau de Beille and finished 68 seconds ahead of the Dane.\n\n"
            "Remco Evenepoel finished third on the stage and remains third overall. Primož Roglič "
            "did not start the stage after crashing on Friday.\n\n"
            "The race has a rest day on Monday before resuming in the Alps."
        ),
        "b": (
            "Pogačar took another stage win on Sunday, dropping Vingegaard on the climb to Plateau "
            "de Beille and gaining 68 seconds. He now leads the Dane by 3 minutes 9 seconds.\n\n"
            "Evenepoel was third on the day and holds third place in the general classification. "
            "Primož Roglič started the stage despite his crash on Friday but lost more than ten "
            "minutes.\n\n"
            "Riders will rest on Monday."
        ),
        "contradictions": [
            ("did not start the stage", "started the stage"),
        ],
    },
    # Adversarial realistic pairs: the same words about different referents, times or
    # scope ("the company" for two firms, two elections, two trials, two bids, a rise
    # and a fall on one day). No contradiction unless one is listed.
    {
        "id": "X01",
        "note": "'the company' refers to different firms in different paragraphs",
        "a": (
            "Two carmakers reported results on Wednesday. Volkswagen said its operating profit "
            "fell 12% in the third quarter, hurt by weak demand in China. The company cut its "
            "full-year forecast.\n\n"
            "BMW, by contrast, said its operating profit rose 4%. The company did not change its "
            "forecast. Its shares gained 2%."
        ),
        "b": (
            "BMW's third-quarter operating profit rose 4%, the Munich-based company said on "
            "Wednesday, and it kept its outlook unchanged. The company's shares rose.\n\n"
            "Volkswagen fared worse. Its profit fell by 12% as Chinese demand weakened, and the "
            "company lowered its guidance for the year."
        ),
    },
    {
        "id": "X02",
        "note": "multiple elections; different years",
        "a": (
            "Labour won the 1997 general election in a landslide, taking 418 seats. The "
            "Conservatives lost more than half their seats. Turnout fell to 71%, the lowest since "
            "1935.\n\n"
            "In 2001 Labour won again, with a majority of 167. The Conservatives gained only one "
            "seat. Turnout fell again, to 59%."
        ),
        "b": (
            "Tony Blair's Labour party was re-elected in 2001 with a 167-seat majority; turnout "
            "dropped to 59%. Four years earlier, in 1997, Labour had won 418 seats, and the "
            "Conservatives had been routed.\n\n"
            "Labour did not lose the 2005 election either, although its majority fell to 66. The "
            "Conservatives gained 33 seats that year."
        ),
    },
    {
        "id": "X03",
        "note": "first trial did not convict vs second convicted",
        "a": (
            "The first trial of the former minister ended in March with a hung jury. Prosecutors "
            "decided to retry him. In the second trial, which ended on Friday, the jury convicted "
            "him of two counts of fraud.\n\n"
            "He was acquitted of a third count. His lawyers said they would appeal."
        ),
        "b": (
            "A jury on Friday found the former minister guilty on two fraud counts, at his second "
            "trial. The first jury, in March, could not reach a verdict and did not convict "
            "him.\n\n"
            "The jury cleared him of a third charge. He intends to appeal, his lawyers said."
        ),
    },
    {
        "id": "X04",
        "note": (
            "Teruel captured by both at different times; offensive 'at first succeeded' vs 'did "
            "not succeed' (hedged/time-bounded) -- not a real contradiction ideally"
        ),
        "a": (
            "The Nationalists captured Teruel in February 1938, after the Republicans had taken "
            "the city in January. The Republican army lost about 60,000 men in the battle. The "
            "Nationalists then advanced to the Mediterranean in April.\n\n"
            "The Republicans launched the Ebro offensive in July. The offensive did not succeed, "
            "and by November the Republican army had retreated across the river."
        ),
        "b": (
            "In January 1938 Republican forces captured Teruel; the Nationalists recaptured it the "
            "following month. Casualties were heavy on both sides.\n\n"
            "In July 1938 the Republicans crossed the Ebro. At first the offensive succeeded, and "
            "Republican troops advanced some 40 kilometres. By mid-November, however, they had "
            "been pushed back across the river."
        ),
    },
    {
        "id": "X05",
        "note": "intra-day rise/fall; overall vs subgroup",
        "a": (
            "Shares in Lumen Bio fell sharply in early trading on Monday after the company said "
            "its lead drug had failed a late-stage trial. They recovered in the afternoon and "
            "closed 3% higher, after the company announced a licensing deal with Roche.\n\n"
            "The trial did not meet its primary endpoint. However, the drug reduced symptoms in a "
            "subgroup of patients."
        ),
        "b": (
            "Lumen Bio's stock rose 3% on Monday, having earlier slumped on news that its main "
            "drug candidate did not meet its main goal in a phase 3 study. A licensing agreement "
            "with Roche lifted the shares later in the day.\n\n"
            "The drug did not reduce symptoms in the overall population, though it helped some "
            "patients."
        ),
    },
    {
        "id": "X06",
        "note": "first bid rejected, second accepted: ordinals",
        "a": (
            "The board rejected the first bid from Halvorsen Capital in May, saying it undervalued "
            "the company. Halvorsen returned in June with a higher offer of £4.10 a share. The "
            "board accepted the second bid and recommended it to shareholders.\n\n"
            "Shareholders will vote on the deal in August."
        ),
        "b": (
            "Halvorsen Capital's £4.10-a-share offer, its second, was accepted by the board in "
            "June. An earlier approach in May had been rejected. The board has recommended that "
            "shareholders approve the deal at a meeting in August."
        ),
    },
    {
        "id": "X07",
        "note": "all attributed; no discrepancy",
        "a": (
            '"We did not cut any jobs this year," the chief executive told reporters. Critics, '
            "however, said the company had cut hundreds of jobs through its subcontractors.\n\n"
            "The firm hired 1,200 people in 2023. It plans to hire about the same number in 2024, "
            "though that depends on demand."
        ),
        "b": (
            "The company has cut hundreds of jobs at its subcontractors, according to union "
            "officials. Its chief executive insisted that the company had not cut jobs.\n\n"
            "In 2023 the firm took on 1,200 staff, and it may hire a similar number next year."
        ),
    },
    {
        "id": "X08",
        "note": "counterfactual + negation_focus 'not until'",
        "a": (
            "If the central bank had raised rates in 2021, inflation would not have reached 10%. "
            "It did not raise rates until March 2022. By then inflation had already risen to "
            "7%.\n\n"
            "The bank raised rates seven times in 2022. Inflation peaked at 10.1% in October and "
            "fell in 2023."
        ),
        "b": (
            "The central bank did raise interest rates, but only from March 2022, by which point "
            "inflation was at 7%. Critics say that earlier action in 2021 might have kept "
            "inflation below 10%.\n\n"
            "Inflation peaked at just over 10% in October 2022. It declined through 2023, helped "
            "by seven rate rises the previous year."
        ),
    },
    {
        "id": "X09",
        "note": "no contradiction",
        "a": (
            "The Athenian fleet sailed for Sicily in 415 BC. Alcibiades, one of its commanders, "
            "was recalled to stand trial but escaped to Sparta. Nicias remained in command.\n\n"
            "The Athenians besieged Syracuse but did not capture it. In 413 BC the expedition "
            "ended in disaster: the fleet was destroyed in the Great Harbour, and Nicias was "
            "executed."
        ),
        "b": (
            "In 415 BC Athens sent a great armada to Sicily. Its commander Alcibiades, summoned "
            "home to face charges, fled to Sparta instead, leaving Nicias in charge.\n\n"
            "Syracuse held out against the Athenian siege. Two years later the Athenian fleet was "
            "defeated in the harbour of Syracuse; Nicias surrendered and was put to death."
        ),
    },
    {
        "id": "X10",
        "note": "no contradiction; 'admissions did not rise' vs 'flat'",
        "a": (
            "The Ministry of Health reported 1,204 new cases on Tuesday, up from 980 on Monday. "
            "Hospital admissions did not rise. Deaths fell to 12.\n\n"
            "The minister said the increase was expected after the holiday weekend and did not "
            "justify new restrictions."
        ),
        "b": (
            "New cases rose to 1,204 on Tuesday, the health ministry said, but hospital admissions "
            "were flat. Twelve people died, fewer than the day before.\n\n"
            "No new restrictions are planned, the minister said, describing the rise as expected."
        ),
    },
    {
        "id": "X11",
        "note": "did not attend summit vs attended talks: different objects",
        "a": (
            "The prime minister did not attend the summit in Brussels on Thursday. The foreign "
            "minister attended in her place. On Friday the prime minister met the French president "
            "in Paris."
        ),
        "b": (
            "The foreign minister represented the country at Thursday's Brussels summit, which the "
            "prime minister skipped. The prime minister attended talks in Paris the next day with "
            "the French president."
        ),
    },
    {
        "id": "X12",
        "note": "rose then fell same day; no contradiction",
        "a": (
            "The river rose by two metres overnight and flooded the lower town. By the afternoon "
            "the water had fallen again. The bridge did not close.\n\n"
            "Authorities said the dam held. They did not evacuate the hospital."
        ),
        "b": (
            "The river fell back in the afternoon after rising two metres in the night and "
            "swamping the lower town. The bridge stayed open, and the dam did not fail.\n\n"
            "The hospital was not evacuated, officials said."
        ),
    },
    # Abridged: B is A with sentences dropped. "omissions" lists substrings of the
    # dropped sentences of A: each should be reported as omitted from B, and nothing
    # else should be.
    {
        "id": "A01",
        "a": (
            "The Congress of Vienna opened in September 1814. Its aim was to redraw the map of "
            "Europe after the defeat of Napoleon. The Austrian foreign minister, Metternich, "
            "presided over the talks. Talleyrand represented France and skilfully exploited "
            "divisions among the victors. Russia demanded the whole of Poland. Prussia wanted to "
            "annex Saxony. Britain and Austria opposed both demands. Napoleon escaped from Elba in "
            "February 1815. The delegates continued their work during the Hundred Days. The Final "
            "Act was signed on 9 June 1815, nine days before Waterloo."
        ),
        "b": (
            "The Congress of Vienna opened in September 1814. Its aim was to redraw the map of "
            "Europe after the defeat of Napoleon. Metternich, the Austrian foreign minister, "
            "presided over the talks. Russia demanded the whole of Poland. Prussia wanted to annex "
            "Saxony. Britain and Austria opposed both demands. The delegates continued their work "
            "during the Hundred Days. The Final Act was signed on 9 June 1815, nine days before "
            "Waterloo."
        ),
        "omissions": [
            "Talleyrand represented France",
            "exploited divisions",
            "Napoleon escaped from Elba",
        ],
    },
    {
        "id": "A02",
        "a": (
            "Shares of Orbis Energy jumped 14% on Tuesday after the company reported a surprise "
            "profit. The oil producer earned $210 million in the second quarter. Analysts had "
            "expected a loss. Output rose 6% from a year earlier, helped by new wells in the "
            "Permian Basin. The company cut its capital spending budget by $150 million. It also "
            "raised its dividend to 25 cents a share. Chief executive Laura Kemp said costs had "
            "fallen faster than expected. The company did not change its production forecast for "
            "the year. Orbis has about 1,200 employees."
        ),
        "b": (
            "Shares of Orbis Energy jumped 14% on Tuesday after the company reported a surprise "
            "profit. The oil producer earned $210 million in the second quarter. Analysts had "
            "expected a loss. Output rose 6% from a year earlier, helped by new wells in the "
            "Permian Basin. It also raised its dividend to 25 cents a share. The company did not "
            "change its production forecast for the year."
        ),
        "omissions": [
            "cut its capital spending",
            "costs had fallen faster",
            "Orbis has about 1,200 employees",
        ],
    },
    {
        "id": "A03",
        "a": (
            "The expedition left Hobart on 2 December 1911. After a rough crossing, the ship "
            "reached Commonwealth Bay in January 1912. The men built a hut on the rocky shore. "
            "Winds in the bay often exceeded 150 kilometres per hour. In November Mawson set out "
            "with Ninnis and Mertz to explore the coast to the east. On 14 December Ninnis fell "
            "into a crevasse with the best sledge and most of the food. Mawson and Mertz turned "
            "back. Mertz died on 8 January 1913. Mawson reached the hut alone a month later. The "
            "ship had left only hours before. He spent a second winter in Antarctica."
        ),
        "b": (
            "The expedition left Hobart on 2 December 1911 and reached Commonwealth Bay in January "
            "1912. The men built a hut on the rocky shore. In November Mawson set out with Ninnis "
            "and Mertz to explore the coast to the east. On 14 December Ninnis fell into a "
            "crevasse with the best sledge and most of the food. Mawson and Mertz turned back. "
            "Mawson reached the hut alone a month later. He spent a second winter in Antarctica."
        ),
        "omissions": [
            "Winds in the bay",
            "Mertz died",
            "The ship had left",
        ],
    },
    {
        "id": "A04",
        "a": (
            "The council met on Monday evening to discuss the new parking plan. Residents packed "
            "the public gallery. The plan would introduce charges in the town centre from April. "
            "Councillor Hughes said the charges were needed to fund road repairs. Several "
            "shopkeepers warned that trade would suffer. The council voted 9 to 4 to approve the "
            "plan. Two councillors abstained. A review will take place after twelve months. The "
            "charges will not apply on Sundays."
        ),
        "b": (
            "The council met on Monday evening to discuss the new parking plan. The plan would "
            "introduce charges in the town centre from April. Several shopkeepers warned that "
            "trade would suffer. The council voted 9 to 4 to approve the plan. A review will take "
            "place after twelve months. The charges will not apply on Sundays."
        ),
        "omissions": [
            "Residents packed",
            "Councillor Hughes said",
            "charges were needed",
            "Two councillors abstained",
        ],
    },
    {
        "id": "A05",
        "a": (
            "Beethoven began work on the Ninth Symphony in 1822. The Philharmonic Society of "
            "London had commissioned it the year before. He was by then almost completely deaf. "
            "The symphony was first performed in Vienna on 7 May 1824. Beethoven stood beside the "
            "conductor, Michael Umlauf, and beat time. At the end, he did not hear the applause. "
            "One of the soloists turned him around to face the audience. The finale sets "
            "Schiller's ode To Joy. The work was published in 1826 and dedicated to the King of "
            "Prussia."
        ),
        "b": (
            "Beethoven began work on the Ninth Symphony in 1822. He was by then almost completely "
            "deaf. The symphony was first performed in Vienna on 7 May 1824. At the end, he did "
            "not hear the applause. One of the soloists turned him around to face the audience. "
            "The finale sets Schiller's ode To Joy."
        ),
        "omissions": [
            "Philharmonic Society",
            "stood beside the conductor",
            "beat time",
            "published in 1826",
            "dedicated to the King",
        ],
    },
    # Related but different accounts (another event of the same kind or period): no
    # omission should be reported at all.
    {
        "id": "D01",
        "a": (
            "The Congress of Vienna opened in September 1814. Metternich presided over the talks. "
            "Russia demanded the whole of Poland, and Prussia wanted Saxony. The Final Act was "
            "signed on 9 June 1815. The settlement kept the peace among the great powers for "
            "nearly forty years."
        ),
        "b": (
            "The Concert of Europe was a system of consultation among the great powers after 1815. "
            "It was strongest in the decade after Napoleon's defeat. The powers met at "
            "Aix-la-Chapelle in 1818, Troppau in 1820 and Verona in 1822. Britain increasingly "
            "refused to join interventions against liberal revolts. The Crimean War of 1853 marked "
            "the end of the system."
        ),
        "no_omissions": True,
    },
    {
        "id": "D02",
        "a": (
            "Orbis Energy reported a second-quarter profit of $210 million on Tuesday. Output rose "
            "6%. The company raised its dividend. Its shares jumped 14%."
        ),
        "b": (
            "Crude oil prices rose on Tuesday after OPEC signalled that it would extend production "
            "cuts. Brent crude gained 2% to $84 a barrel. US inventories fell for a third week. "
            "Energy stocks led the S&P 500 higher, with Orbis Energy among the top gainers. "
            "Analysts said demand in Asia remained weak."
        ),
        "no_omissions": True,
    },
    {
        "id": "D03",
        "a": (
            "Mawson's expedition reached Commonwealth Bay in January 1912. The men built a hut on "
            "the shore. Ninnis died in a crevasse in December 1912. Mertz died in January 1913. "
            "Mawson returned alone to the hut."
        ),
        "b": (
            "Scott's party reached the South Pole on 17 January 1912. They found that Amundsen had "
            "arrived five weeks earlier. On the return journey Evans died in February. Oates "
            "walked out of the tent in March. Scott, Wilson and Bowers died about eleven miles "
            "from a supply depot."
        ),
        "no_omissions": True,
    },
    {
        "id": "D04",
        "a": (
            "The council voted on Monday to introduce parking charges in the town centre from "
            "April. Shopkeepers warned that trade would suffer. The charges will not apply on "
            "Sundays. A review will take place after a year."
        ),
        "b": (
            "The town's main library will close for refurbishment in April, the council said on "
            "Monday. The work will cost £1.2 million. A temporary library will open in the "
            "community centre. The council said the building would reopen in the autumn. Residents "
            "welcomed the plan."
        ),
        "no_omissions": True,
    },
    {
        "id": "D05",
        "a": (
            "Beethoven's Ninth Symphony was first performed in Vienna in May 1824. He was almost "
            "completely deaf by then. The finale sets Schiller's ode To Joy. One of the soloists "
            "turned him to face the audience."
        ),
        "b": (
            "Mozart's Requiem was left unfinished when he died in December 1791. It had been "
            "commissioned anonymously by Count Walsegg. Mozart's widow, Constanze, asked Franz "
            "Xaver Süssmayr to complete it. The completed work was first performed in January "
            "1793. Scholars still debate how much Süssmayr wrote."
        ),
        "no_omissions": True,
    },
]


# Held-out pairs, written by a third reviewer after the first two sets had been tuned
# against, to see whether the figures hold on texts the rules were not fitted to. Not
# strictly held out any more: a few rules were adjusted after this set's first run. The
# reviewer's ids were H01-H10, N01-N10, A01-A05 and D01-D05; all but the first ten are
# prefixed with H here, so that they do not clash with DOCUMENT_PAIRS' ids.
HELD_OUT_PAIRS: list[dict] = [
    # Planted contradictions: two accounts of one event (obituary, match report, chronicle
    # and textbook, recall, central bank, witnesses, biographies, transfer news, press
    # release), each with one contradiction worded differently on the two sides.
    {
        "id": "H01",
        "kind": "obituary",
        "note": "planted: married twice vs never remarried",
        "a": (
            "Margarethe Olsen, the Norwegian-born cellist who championed contemporary Nordic music "
            "for half a century, died on Saturday at her home in Bergen. She was 88. Her death was "
            "confirmed by her son, Erik, who said she had been in poor health since a fall last "
            "winter. Olsen was born in Tromsø in 1936 and began playing at the age of six. She "
            "studied in Oslo and, later, in Paris under Paul Tortelier, whom she described as "
            "\"exacting but never cruel.\" In 1962 she married the composer Arne Lunde; they "
            "divorced in 1974, and she married again in 1979. She premiered more than forty works, "
            "several of which were written for her. Olsen did not record for a major label until "
            "she was in her fifties. She is survived by her son and two grandchildren."
        ),
        "b": (
            "The cellist Margarethe Olsen has died in Bergen at the age of 88, her family said. "
            "Her son Erik told the Bergens Tidende that she had been unwell since she fell during "
            "the winter. Born in Tromsø in 1936, Olsen took up the cello when she was six and went "
            "on to study in Oslo and Paris, where her teacher was Paul Tortelier. Her first "
            "marriage, to the composer Arne Lunde, ended in divorce in 1974, and she never "
            "remarried. Over her career she gave the first performances of more than forty pieces. "
            "It was only in her fifties that she made recordings for a major label. Besides her "
            "son, she leaves two grandchildren."
        ),
        "contradictions": [("she married again in 1979", "she never remarried")],
        "wrong": [("married again in 1979", "never remarried")],
    },
    {
        "id": "H02",
        "kind": "match report",
        "note": "planted: penalty saved vs scored",
        "a": (
            "Rovers came from behind to beat City 2-1 at a rain-soaked Hollins Park on Saturday. "
            "City took the lead in the 14th minute when Danny Oakes headed in a corner that the "
            "Rovers goalkeeper, Tom Pryce, should have claimed. Rovers were fortunate not to fall "
            "further behind before the break. After half-time the home side pressed higher, and in "
            "the 58th minute Pryce saved a penalty from Oakes, diving low to his right. Substitute "
            "Kieran Walsh equalised on 71 minutes with a shot that took a deflection. The winner "
            "came in stoppage time: Walsh again, from close range. City's manager, Paul Brennan, "
            "said his side \"did not deserve to lose\" and complained about the state of the "
            "pitch. Rovers move up to fifth in the table."
        ),
        "b": (
            "Kieran Walsh came off the bench to score twice as Rovers beat City 2-1. Danny Oakes "
            "had put the visitors ahead with a header from a corner after 14 minutes. In the 58th "
            "minute Oakes scored a penalty, but the goal was ruled out because a team-mate had "
            "encroached. Walsh levelled in the 71st minute, his shot deflecting past the "
            "goalkeeper, and he struck the winner deep into added time. Brennan, the City manager, "
            "insisted that his players had not deserved to lose and blamed the waterlogged pitch. "
            "The win lifts Rovers to fifth."
        ),
        "contradictions": [("Pryce saved a penalty from Oakes", "Oakes scored a penalty")],
        "wrong": [],
    },
    {
        "id": "H03",
        "kind": "chronicle vs textbook (Byzantine)",
        "note": (
            "planted: Basil blinded prisoners vs released them unharmed; also the date of Kleidion "
            "kept same"
        ),
        "a": (
            "In the year 1014 the emperor Basil, the second of that name, came with a great host "
            "against the Bulgarians, and at the pass which is called Kleidion he found their army "
            "waiting behind a wall of timber. For many days the Romans could not force the pass. "
            "Then Nikephoros Xiphias, the governor of Philippopolis, led his men over the "
            "mountains by hidden paths and fell upon the Bulgarians from behind, and they were "
            "routed. Tsar Samuel escaped to Prilep, but a great number of his soldiers were taken. "
            "The emperor ordered that the captives be blinded, leaving one eye to every hundredth "
            "man so that he might lead the others home. When Samuel saw them he fell down "
            "senseless, and two days later he died."
        ),
        "b": (
            "The battle of Kleidion (29 July 1014) was the decisive engagement of Basil II's long "
            "war against the First Bulgarian Empire. Samuel's forces had fortified the pass, and "
            "the Byzantine frontal assaults failed. The deadlock was broken when the general "
            "Nikephoros Xiphias outflanked the defenders through the mountains and attacked their "
            "rear. Samuel himself escaped to Prilep. According to the modern reassessment followed "
            "here, Basil released the captured soldiers unharmed in an attempt to win over the "
            "Bulgarian nobility. Samuel died of a heart attack on 6 October 1014. Basil later "
            "received the epithet Boulgaroktonos, 'the Bulgar-slayer', though it is not attested "
            "before the twelfth century."
        ),
        "contradictions": [("captives be blinded", "released the captured soldiers unharmed")],
        "wrong": [],
    },
    {
        "id": "H04",
        "kind": "product recall",
        "note": "planted: no injuries reported vs two injuries reported",
        "a": (
            "Brightway Appliances is voluntarily recalling about 48,000 Brightway ProSteam 3 "
            "garment steamers sold in the United States and Canada. The steamer's water tank can "
            "crack and leak hot water, posing a burn hazard. The recall covers units with model "
            "number PS3-220 manufactured between January and August 2023. Brightway has received "
            "17 reports of tanks cracking. No injuries have been reported. The steamers were sold "
            "at major retailers and online from February 2023 through March 2024 for between $40 "
            "and $55. Consumers should stop using the recalled steamers immediately and contact "
            "Brightway for a free replacement. Consumers will not be asked to pay for shipping."
        ),
        "b": (
            "About 48,000 ProSteam 3 garment steamers made by Brightway Appliances are being "
            "recalled because their water tanks can crack and spill hot water. The affected model, "
            "PS3-220, was made between January and August last year and sold for $40 to $55 at "
            "big-box stores and online. The company said it knew of 17 incidents of cracked tanks, "
            "and two consumers reported minor burns. Owners are told to unplug the steamers, stop "
            "using them and request a free replacement, with shipping paid by the company."
        ),
        "contradictions": [
            ("No injuries have been reported", "two consumers reported minor burns"),
        ],
        "wrong": [("No injuries have been reported", "two consumers reported minor burns")],
    },
    {
        "id": "H05",
        "kind": "central bank vs news",
        "note": "planted: held rate vs raised rate (change). Vote split and wording heavy.",
        "a": (
            "At its meeting ending on 6 November, the Monetary Policy Committee voted by a "
            "majority of 7-2 to maintain Bank Rate at 5.25%. Two members preferred to increase "
            "Bank Rate by 0.25 percentage points, to 5.5%. CPI inflation fell to 6.7% in "
            "September, and is expected to fall further in the fourth quarter. The labour market "
            "has continued to loosen, although wage growth remains elevated. The Committee judged "
            "that monetary policy is likely to need to be restrictive for an extended period of "
            "time. Further tightening would be required if there were evidence of more persistent "
            "inflationary pressures. The Committee will continue to monitor closely indications of "
            "persistent inflationary pressures."
        ),
        "b": (
            "The central bank raised its benchmark rate to 5.5% on Thursday, surprising some "
            "economists who had expected a pause. The decision was not unanimous: seven members "
            "backed it and two did not. Inflation eased to 6.7% in September, official figures "
            "showed, but policymakers said pay growth was still too strong. The bank warned that "
            "borrowing costs would probably stay high for a long time. Mortgage lenders are "
            "expected to reprice their fixed-rate deals over the coming days."
        ),
        "contradictions": [("maintain Bank Rate at 5.25%", "raised its benchmark rate to 5.5%")],
        "wrong": [("maintain Bank Rate", "raised its benchmark rate")],
    },
    {
        "id": "H06",
        "kind": "witness statements",
        "note": "planted: driver stopped vs did not stop; other differences are perspectival",
        "a": (
            "I was standing at the bus stop on Carver Street at about ten past eight in the "
            "morning. I saw a grey hatchback come round the corner quite fast. The cyclist was "
            "already in the junction when the car hit him. I think the light was green for the "
            "car, but I am not certain. The driver stopped and got out straight away. He was "
            "shouting that he had not seen the bike. A woman in a red coat called an ambulance. I "
            "did not see the number plate. I stayed until the police arrived."
        ),
        "b": (
            "I was walking my dog along Carver Street shortly after eight. A silver or grey car "
            "turned into the junction and struck a man on a bicycle. I heard the impact rather "
            "than saw it. The driver did not stop; the car carried on towards the ring road. I "
            "could not tell what colour the traffic light was. A woman in a red coat phoned for an "
            "ambulance and I went to help the cyclist, who was conscious. I gave my details to a "
            "police officer."
        ),
        "contradictions": [("The driver stopped and got out", "The driver did not stop")],
        "wrong": [("The driver stopped", "The driver did not stop")],
    },
    {
        "id": "H07",
        "kind": "two bios",
        "note": "planted: won the Nobel vs was never awarded it",
        "a": (
            "Halvard Brekke (1901–1979) was a Norwegian chemist known for his work on coordination "
            "compounds. He was educated at the University of Oslo and, from 1926 to 1928, at the "
            "ETH in Zurich. Brekke was appointed professor at Trondheim in 1935. During the German "
            "occupation he was arrested in 1943 and held at Grini for eleven months. He was "
            "awarded the Nobel Prize in Chemistry in 1952, jointly with two British colleagues. "
            "Brekke did not accept the offer of a chair at Harvard in 1954, preferring to remain "
            "in Norway. He died in Trondheim."
        ),
        "b": (
            "The chemist Halvard Brekke, born in 1901, studied at Oslo before spending two years "
            "in Zurich. In 1935 he took up a professorship at Trondheim, where he worked on metal "
            "complexes for the rest of his career. The occupying authorities detained him at the "
            "Grini camp for most of 1943 and 1944. Although he was nominated many times, Brekke "
            "was never awarded the Nobel Prize. He turned down a chair at Harvard in 1954. He died "
            "in 1979."
        ),
        "contradictions": [
            ("awarded the Nobel Prize in Chemistry in 1952", "never awarded the Nobel Prize"),
        ],
        "wrong": [],
    },
    {
        "id": "H08",
        "kind": "transfer news",
        "note": "planted: fee rejected vs accepted (antonym); personal terms agreed in both",
        "a": (
            "Atlético Sur have rejected a €35m bid from Hamburg for the midfielder Joaquín Ferro, "
            "sources close to the club said on Monday. Ferro, 24, has two years left on his "
            "contract and has not asked to leave. Hamburg's sporting director, Lena Voss, is "
            "understood to be preparing an improved offer. The German club have already agreed "
            "personal terms with the player, according to reports in Spain. Atlético Sur value "
            "Ferro at around €45m. The transfer window closes on 1 September."
        ),
        "b": (
            "Hamburg are closing in on Joaquín Ferro after Atlético Sur accepted a €35m offer for "
            "the Argentine midfielder on Monday. Ferro, who is 24, is under contract until 2026. "
            "Voss, Hamburg's sporting director, flew to Seville over the weekend. Personal terms "
            "are already in place, and the player is expected to undergo a medical this week. "
            "\"Nothing is done until it is done,\" Voss told reporters."
        ),
        "contradictions": [("rejected a €35m bid", "accepted a €35m offer")],
        "wrong": [("rejected a €35m bid", "accepted a €35m offer")],
    },
    {
        "id": "H09",
        "kind": "press release vs sceptical news",
        "note": "planted: trial met primary endpoint vs missed it. Rest is hedged scepticism.",
        "a": (
            "CAMBRIDGE, Mass. -- Veridia Therapeutics today announced that its Phase 2 trial of "
            "VRD-114 in patients with moderate ulcerative colitis met its primary endpoint. "
            "Patients receiving the drug were significantly more likely to achieve clinical "
            "remission at week 12 than those receiving placebo (31% versus 12%). VRD-114 was "
            "generally well tolerated, and no new safety signals were observed. \"These results "
            "could transform how this disease is treated,\" said Chief Medical Officer Dr. Anika "
            "Rao. The company plans to begin a Phase 3 program in 2025. Full data will be "
            "presented at an upcoming medical meeting."
        ),
        "b": (
            "Shares in Veridia Therapeutics jumped 40% after the company released results from a "
            "mid-stage trial of its colitis drug, VRD-114. But independent experts urged caution. "
            "The trial missed its primary endpoint, according to the registry entry, which listed "
            "a different measure from the one highlighted by the company. Remission rates of 31% "
            "on the drug and 12% on placebo were reported. \"A press release is not a paper,\" "
            "said Dr. Martin Hale, a gastroenterologist who was not involved in the study. He said "
            "the trial was small and that it might not be replicated. Veridia said it would start "
            "a Phase 3 programme next year."
        ),
        "contradictions": [("met its primary endpoint", "missed its primary endpoint")],
        "wrong": [],
    },
    {
        "id": "H10",
        "kind": "chronicle vs textbook (Inca)",
        "note": (
            "planted: Atahualpa was strangled vs burned at the stake. Tricky phrasing; also 'not "
            "burned' in b."
        ),
        "a": (
            "Atahualpa was seized by Pizarro's men at Cajamarca in November 1532, after the "
            "Spaniards fell upon his unarmed retinue in the square. To win his freedom he offered "
            "to fill a room once with gold and twice with silver. The ransom was gathered over "
            "several months and melted down. Nevertheless the Spaniards did not release him. He "
            "was tried on charges that included plotting against the Spaniards, and in July 1533 "
            "he was condemned. Having accepted baptism, he was not burned but was executed by "
            "strangulation."
        ),
        "b": (
            "Atahualpa, the last Sapa Inca, was captured at Cajamarca in 1532. He promised a "
            "ransom of a room filled with gold and twice over with silver, and it was duly paid. "
            "Pizarro kept him prisoner anyway. In 1533 a Spanish tribunal sentenced him to death, "
            "and he was burned at the stake in the square of Cajamarca. His death opened the way "
            "for the Spanish march on Cuzco."
        ),
        "contradictions": [("he was not burned", "he was burned at the stake")],
        "wrong": [("executed by strangulation", "burned at the stake")],
    },
    # Parallel accounts, no contradiction: the same kinds of text, with negations and
    # near-antonyms that are about different things. No discrepancy may be reported.
    {
        "id": "HN01",
        "kind": "obituary",
        "note": "no contradiction: retirement vs resignation wording, negations in both",
        "a": (
            "Dr. Samuel Adeyemi, a Nigerian surgeon who pioneered low-cost cataract operations "
            "across West Africa, died on 3 March in Ibadan. He was 79. His family did not disclose "
            "the cause of death. Adeyemi trained at University College Hospital, Ibadan, and later "
            "in Edinburgh. In 1981 he founded the Clear Sight Trust, which has performed more than "
            "200,000 operations. He never charged patients who could not pay. He retired from "
            "surgery in 2012 but continued to teach until last year. He is survived by his wife, "
            "Folake, and four children."
        ),
        "b": (
            "Samuel Adeyemi, whose charity brought cheap cataract surgery to millions, has died "
            "aged 79. He died in Ibadan on March 3; the family gave no cause. After qualifying in "
            "Ibadan he did further training in Scotland. The Clear Sight Trust, set up by Adeyemi "
            "in 1981, has carried out over 200,000 procedures. Patients who were unable to pay "
            "were never billed. Although he stopped operating in 2012, he went on teaching until "
            "2023. His wife Folake and their four children survive him."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN02",
        "kind": "match report",
        "note": (
            "no contradiction: one team lost, other won; red card; 'did not score' for a different "
            "player"
        ),
        "a": (
            "Northgate won the county cup final on Sunday, beating Eastfield 3-0 at the Mill Lane "
            "ground. Eastfield, who had not lost a match all season, were reduced to ten men after "
            "30 minutes when their captain, Ben Hollis, was sent off for a late tackle. Northgate "
            "scored twice before half-time through Amir Khan and Lewis Dodd. Eastfield's top "
            "scorer, Jack Morrow, did not have a shot on target. Khan added a third from a penalty "
            "in the 80th minute. It is Northgate's first county cup since 1998."
        ),
        "b": (
            "Eastfield's unbeaten season ended in the county cup final, which they lost 3-0 to "
            "Northgate. The game turned on the dismissal of Eastfield captain Ben Hollis on the "
            "half-hour. Amir Khan and Lewis Dodd gave Northgate a two-goal lead at the interval, "
            "and Khan scored again from the spot ten minutes from the end. Morrow, Eastfield's "
            "leading scorer, was well marked throughout. Northgate last lifted the trophy in 1998."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN03",
        "kind": "chronicle vs textbook (Ottoman)",
        "note": (
            "no contradiction: fall of Constantinople; chronicle hedges, textbook different verbs"
        ),
        "a": (
            "In the spring of the year 1453 the sultan Mehmed came before the City with an army "
            "beyond counting, and he brought great cannon cast by a Hungarian named Urban. The "
            "walls were battered day and night, yet the defenders repaired them under cover of "
            "darkness. Because the Golden Horn was closed by a chain, the sultan had his ships "
            "dragged overland on greased logs and launched them into the harbour. On the "
            "twenty-ninth of May the Turks broke in at the gate of Saint Romanos. The emperor "
            "Constantine was not seen again; some say he fell fighting among his men. The sultan "
            "then entered the great church of Hagia Sophia."
        ),
        "b": (
            "Mehmed II laid siege to Constantinople in April 1453. His artillery, including the "
            "giant bombards built by the engineer Orban, pounded the Theodosian Walls, but the "
            "defenders patched the breaches at night. The Byzantines had sealed the Golden Horn "
            "with a boom, so Mehmed moved part of his fleet over land into the inlet. The city "
            "fell on 29 May 1453, when Ottoman troops forced their way through near the Gate of St "
            "Romanus. Constantine XI probably died in the final assault, although his body was "
            "never identified. Mehmed rode to Hagia Sophia and had it converted into a mosque."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN04",
        "kind": "central bank vs news",
        "note": "no contradiction: cut rates by 25bp; 'did not rule out'; 'would not hesitate'",
        "a": (
            "The Governing Council today decided to lower the three key interest rates by 25 basis "
            "points. Accordingly, the deposit facility rate will be reduced to 3.50%, with effect "
            "from 18 September. Inflation is expected to rise again in the latter part of this "
            "year, partly because previous sharp falls in energy prices will drop out of the "
            "annual rates. The Governing Council is not pre-committing to a particular rate path. "
            "It will continue to follow a data-dependent and meeting-by-meeting approach. Staff "
            "projections see headline inflation averaging 2.5% in 2024 and 2.2% in 2025."
        ),
        "b": (
            "The European Central Bank cut interest rates for the second time this year on "
            "Thursday, lowering its deposit rate by a quarter point to 3.5%. Policymakers gave no "
            "signal about what they would do next, saying that decisions would be taken one "
            "meeting at a time. Inflation may tick up again in the autumn as base effects from "
            "energy prices fade, the bank said. Its economists forecast inflation of 2.5% this "
            "year and 2.2% next year. Markets had fully priced in the move."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN05",
        "kind": "translated diplomatic notes",
        "note": (
            "no contradiction: formal note vs translation; 'rejects the allegations' in both; "
            "'does not recognise'"
        ),
        "a": (
            "The Ministry of Foreign Affairs of the Republic presents its compliments to the "
            "Embassy and has the honour to refer to the Embassy's note of 14 February. The "
            "Ministry categorically rejects the allegations contained therein. The vessel in "
            "question was operating within the exclusive economic zone of the Republic and did not "
            "enter the territorial waters of any neighbouring State. The Republic does not "
            "recognise the so-called line of 1958 as a maritime boundary. The Ministry proposes "
            "that experts of both sides meet in March to examine the relevant charts. The Ministry "
            "avails itself of this opportunity to renew to the Embassy the assurances of its "
            "highest consideration."
        ),
        "b": (
            "The Foreign Ministry acknowledges the Embassy's note dated February 14 and firmly "
            "rejects the accusations it makes. The ship concerned was in the Republic's own "
            "exclusive economic zone and at no point entered the territorial sea of a neighbouring "
            "country. The 1958 line is not accepted by the Republic as a sea boundary. The "
            "Ministry suggests a meeting of technical experts from both countries in March to "
            "review the charts."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN06",
        "kind": "product recall",
        "note": "no contradiction: recall with 'do not return to store'; 'not affected' list",
        "a": (
            "Harvest Lane Foods is recalling certain batches of its Organic Oat Crunch cereal "
            "because they may contain undeclared almonds. People who have an allergy to tree nuts "
            "run the risk of a serious reaction if they eat the product. The recall affects 500g "
            "boxes with best-before dates of 12 and 19 June 2025. No other Harvest Lane products "
            "are affected. The problem was discovered during a routine check at the company's "
            "Leeds plant. Customers should not return the product to the store; instead they "
            "should contact Harvest Lane for a full refund. The company apologised for any "
            "inconvenience."
        ),
        "b": (
            "Some boxes of Harvest Lane's Organic Oat Crunch are being withdrawn because they "
            "might contain almonds that are not listed on the label. The affected packs are 500g "
            "with best-before dates of 12 June and 19 June 2025. Other Harvest Lane products are "
            "not affected, the firm said. Shoppers have been told not to take the cereal back to "
            "shops but to get in touch with the company for a refund. A spokesman said the issue "
            "came to light during routine testing at its factory in Leeds."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN07",
        "kind": "two bios (Mughal)",
        "note": "no contradiction: Shah Jahan bio, different wording; imprisoned by son",
        "a": (
            "Shah Jahan (1592–1666) was the fifth Mughal emperor, reigning from 1628 to 1658. He "
            "was born Khurram, the third son of Jahangir, in Lahore. His reign is remembered for "
            "its architecture, above all the Taj Mahal, which he commissioned as a tomb for his "
            "wife Mumtaz Mahal after she died in childbirth in 1631. He also moved the capital "
            "from Agra to Delhi, where he built the Red Fort. In 1657 he fell seriously ill, and a "
            "war of succession broke out among his sons. Aurangzeb emerged victorious and "
            "imprisoned his father in Agra Fort, where Shah Jahan spent the last eight years of "
            "his life."
        ),
        "b": (
            "Prince Khurram, born at Lahore in 1592 to the emperor Jahangir, took the throne as "
            "Shah Jahan in 1628. Mumtaz Mahal, his favourite wife, died in 1631 while giving birth "
            "to their fourteenth child, and the emperor ordered the construction of the Taj Mahal "
            "in her memory. Shah Jahan transferred his court to Delhi and built the fortress now "
            "known as the Red Fort. His illness in 1657 set off a struggle for the throne among "
            "his four sons. The winner, Aurangzeb, deposed him in 1658 and confined him in Agra "
            "Fort until his death in 1666."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN08",
        "kind": "sports transfer",
        "note": "no contradiction: loan with option; player did not train; 'has not yet signed'",
        "a": (
            "Bayer Nordhafen have signed the Portuguese winger Rui Matos on a season-long loan "
            "from Lusitano, with an option to buy for €18m. Matos, 21, did not train with Lusitano "
            "this week while the deal was being finalised. He will wear the number 17 shirt. "
            "Nordhafen's coach, Stefan Kähler, said Matos was \"exactly the profile we were "
            "missing.\" The club are also in talks with the Danish defender Mikkel Aas, who has "
            "not yet signed."
        ),
        "b": (
            "Portuguese winger Rui Matos has joined Bayer Nordhafen on loan for the season. The "
            "German side have the option of making the move permanent for €18 million. The "
            "21-year-old sat out Lusitano training this week as the paperwork was completed. He "
            "takes the number 17. Coach Stefan Kähler called him exactly the kind of player the "
            "squad lacked. Nordhafen are still negotiating with Denmark defender Mikkel Aas."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN09",
        "kind": "press release vs sceptical news",
        "note": "no contradiction: skeptical piece; experts disagree; 'did not measure'",
        "a": (
            "Researchers at the Lindqvist Institute have found that a daily 20-minute walk is "
            "associated with a 15% lower risk of dementia in adults over 60. The study followed "
            "14,000 participants in Sweden for eleven years. Participants who walked regularly "
            "also reported better sleep. \"Our findings suggest that even modest activity may "
            "protect the ageing brain,\" said lead author Dr. Karin Ek. The study was published in "
            "the journal Neurology Today. It was funded by the Swedish Research Council."
        ),
        "b": (
            "A Swedish study has linked a daily 20-minute walk with a 15% lower dementia risk in "
            "people over 60. The researchers tracked 14,000 people for eleven years. But the study "
            "was observational and cannot show that walking prevents dementia, said Professor Ian "
            "Lowe of the University of Bristol, who was not involved. People in the early stages "
            "of dementia may simply walk less, he said. The authors did not measure participants' "
            "diets. The research appears in Neurology Today."
        ),
        "contradictions": [],
        "wrong": [],
    },
    {
        "id": "HN10",
        "kind": "chronicle vs textbook (Qing)",
        "note": (
            "no contradiction: Opium War; treaty ceded Hong Kong; 'did not ratify' of a different "
            "treaty"
        ),
        "a": (
            "In the twentieth year of Daoguang the English barbarians came with warships to the "
            "mouth of the Pearl River, on account of the opium which Commissioner Lin had seized "
            "and destroyed at Humen. The imperial forts could not withstand their guns. The "
            "emperor first dismissed Lin and sent Qishan to negotiate. Qishan agreed at Chuanbi to "
            "give up the island of Hong Kong, but the emperor did not approve this agreement and "
            "Qishan was disgraced. The war continued, and in the twenty-second year the English "
            "took Zhenjiang and came to Nanjing. There a treaty was concluded by which five ports "
            "were opened and Hong Kong was ceded."
        ),
        "b": (
            "The First Opium War (1839–1842) began after Lin Zexu confiscated and destroyed "
            "British opium stocks at Humen. British warships easily overpowered the Qing coastal "
            "defences. The Daoguang Emperor dismissed Lin and sent Qishan to negotiate. The "
            "Convention of Chuanbi (1841), which would have ceded Hong Kong, was repudiated by "
            "both governments. After the British captured Zhenjiang in 1842, the Qing sued for "
            "peace. The Treaty of Nanjing opened five treaty ports and ceded Hong Kong Island to "
            "Britain."
        ),
        "contradictions": [],
        "wrong": [],
    },
    # Abridged: b renders a with sentences dropped; each should be an omission.
    {
        "id": "HA01",
        "kind": "abridged match report",
        "note": "b drops 3 sentences",
        "a": (
            "Sofia Marchetti won the women's singles title at the Adriatic Open on Sunday, "
            "defeating the top seed, Hana Kovač, 6-4 3-6 7-5. Marchetti, who is ranked 41st, had "
            "never beaten a top-ten player before this week. She saved two match points at 4-5 in "
            "the final set. Kovač needed treatment on her left shoulder during the second set. The "
            "final lasted two hours and 51 minutes. Marchetti received €164,000 in prize money. "
            "She will rise to 27th in the rankings on Monday. Her next tournament is in Rome."
        ),
        "b": (
            "Sofia Marchetti beat top seed Hana Kovač 6-4 3-6 7-5 on Sunday to take the Adriatic "
            "Open women's title. The world number 41 had never defeated a top-ten opponent until "
            "this week. Marchetti fought off two match points at 4-5 in the deciding set. She "
            "collected €164,000. Marchetti plays next in Rome."
        ),
        "contradictions": [],
        "wrong": [],
        "omissions": [
            "treatment on her left shoulder",
            "two hours and 51 minutes",
            "rise to 27th in the rankings",
        ],
    },
    {
        "id": "HA02",
        "kind": "abridged medieval chronicle",
        "note": "Henry IV at Canossa; b drops 2",
        "a": (
            "In the winter of 1077 King Henry crossed the Alps with his wife and his infant son, "
            "although the passes were deep in snow. The pope, Gregory, had excommunicated him the "
            "year before, and the German princes threatened to depose him unless he was absolved. "
            "Gregory, fearing that Henry came with an army, withdrew to the castle of Canossa, "
            "which belonged to Countess Matilda. The king stood barefoot in the snow before the "
            "gate for three days, wearing the garb of a penitent. On the fourth day the pope "
            "received him and lifted the excommunication. The princes nevertheless elected Rudolf "
            "of Rheinfelden as anti-king in March."
        ),
        "b": (
            "King Henry crossed the snow-bound Alps in the winter of 1077. Gregory VII had "
            "excommunicated him in 1076, and the princes of Germany threatened to depose him if he "
            "was not absolved. Henry stood before the gate barefoot and in penitent's clothes for "
            "three days. On the fourth day Gregory admitted him and lifted the ban."
        ),
        "contradictions": [],
        "wrong": [],
        "omissions": ["withdrew to the castle of Canossa", "elected Rudolf of Rheinfelden"],
    },
    {
        "id": "HA03",
        "kind": "abridged recall notice",
        "note": "b drops 2; negations kept",
        "a": (
            "Kinderwelt GmbH is recalling its Sunny Hop baby walker, model SH-200, because the "
            "wheels can detach. A detached wheel can cause the walker to tip over, and a child "
            "could fall. The walkers were sold between May 2023 and January 2024. About 12,000 "
            "units were sold in Germany and Austria. The company has received nine reports of "
            "wheels coming off; one child suffered a bruised forehead. Walkers with serial numbers "
            "beginning with SH2-24 are not affected. Parents should stop using the walker and "
            "return it to the retailer for a refund. A receipt is not required."
        ),
        "b": (
            "Kinderwelt GmbH is recalling the Sunny Hop baby walker (model SH-200) because its "
            "wheels can come off. If a wheel detaches, the walker can tip and the child can fall. "
            "The company knows of nine cases of wheels detaching; one child bruised his forehead. "
            "Walkers with serial numbers starting SH2-24 are not affected. Parents should stop "
            "using the walker and take it back to the shop for a refund; no receipt is needed."
        ),
        "contradictions": [],
        "wrong": [],
        "omissions": ["sold between May 2023 and January 2024", "About 12,000 units"],
    },
    {
        "id": "HA04",
        "kind": "abridged bio",
        "note": "b drops 3",
        "a": (
            "Ines Carvalho (born 1968) is a Portuguese architect. She studied at the University of "
            "Porto under Álvaro Siza. In 1996 she founded her own practice in Lisbon. Her "
            "best-known building is the Tagus Maritime Library, completed in 2009. She has taught "
            "at Harvard and at the ETH Zurich. In 2017 she was awarded the Pritzker Prize, "
            "becoming the first Portuguese woman to receive it. She declined to design the new "
            "national stadium, saying the brief was too vague. She lives in Lisbon with her "
            "husband, the painter Rui Antunes."
        ),
        "b": (
            "Ines Carvalho, born in 1968, is an architect from Portugal. A student of Álvaro Siza "
            "at Porto, she set up her own firm in Lisbon in 1996. The Tagus Maritime Library "
            "(2009) is her most famous work. In 2017 she received the Pritzker Prize, the first "
            "Portuguese woman to do so."
        ),
        "contradictions": [],
        "wrong": [],
        "omissions": [
            "taught at Harvard",
            "declined to design the new national stadium",
            "lives in Lisbon with her husband",
        ],
    },
    {
        "id": "HA05",
        "kind": "abridged central bank statement",
        "note": "b drops 2; modal sentences",
        "a": (
            "The Reserve Board decided to leave the cash rate target unchanged at 4.35%. Inflation "
            "has fallen substantially since its peak in 2022. However, underlying inflation is "
            "still too high. Wages growth has picked up, but productivity growth has not. The "
            "Board expects that it will be some time yet before inflation is sustainably in the "
            "target range. The unemployment rate rose to 4.1% in June. Household consumption "
            "growth remains weak. The Board is not ruling anything in or out."
        ),
        "b": (
            "The Reserve Board left the cash rate target at 4.35%. Inflation is well below its "
            "2022 peak, but underlying inflation remains too high. The Board expects it will be "
            "some time before inflation is sustainably back in the target range. Unemployment rose "
            "to 4.1% in June. The Board is not ruling anything in or out."
        ),
        "contradictions": [],
        "wrong": [],
        "omissions": ["productivity growth has not", "consumption growth remains weak"],
    },
    # Related but different texts of the same kind: no omission may be reported.
    {
        "id": "HD01",
        "kind": "different recalls",
        "note": "two recalls by same retailer, different products; no omission",
        "a": (
            "Northmart is recalling its own-brand 2-litre electric kettle because the lid can open "
            "during boiling. About 30,000 kettles were sold. No injuries have been reported. "
            "Customers should return the kettle to any Northmart store for a refund. The kettles "
            "were sold between January and April."
        ),
        "b": (
            "Northmart is recalling its own-brand toaster because the crumb tray can overheat. "
            "About 9,000 toasters were sold between March and May. Two customers reported minor "
            "burns. Customers should stop using the toaster and return it for a refund. The kettle "
            "recall announced last month is unrelated."
        ),
        "contradictions": [],
        "wrong": [
            ("No injuries have been reported", "Two customers reported minor burns"),
            ("About 30,000 kettles", "About 9,000 toasters"),
        ],
        "no_omissions": True,
    },
    {
        "id": "HD02",
        "kind": "different matches",
        "note": "same teams, different seasons; no omission, no contradiction",
        "a": (
            "United beat Athletic 2-0 in the league on 14 October 2022. Sam Okoro scored both "
            "goals, the first after five minutes. Athletic's goalkeeper was sent off in the second "
            "half. The attendance was 31,200. It was United's third straight win."
        ),
        "b": (
            "Athletic beat United 3-1 in the FA Cup on 8 January 2024. Okoro missed a penalty for "
            "United. Athletic did not have a player sent off. The crowd was 18,400. Athletic's "
            "manager said it was the club's best win in a decade."
        ),
        "contradictions": [],
        "wrong": [
            ("United beat Athletic 2-0", "Athletic beat United 3-1"),
            ("was sent off", "did not have a player sent off"),
        ],
        "no_omissions": True,
    },
    {
        "id": "HD03",
        "kind": "different reigns (Ottoman vs Mughal)",
        "note": "Suleiman vs Akbar; both 'reformed law', 'besieged', 'did not capture'",
        "a": (
            "Suleiman I ruled the Ottoman Empire from 1520 to 1566. He captured Belgrade in 1521 "
            "and Rhodes in 1522. In 1529 he besieged Vienna but did not capture it. He reformed "
            "the empire's legal code, which earned him the title Kanuni, 'the Lawgiver'. He died "
            "during the siege of Szigetvár."
        ),
        "b": (
            "Akbar ruled the Mughal Empire from 1556 to 1605. He besieged Chittor in 1567 and "
            "captured it the following year. He reformed the revenue system with his minister "
            "Todar Mal. He abolished the jizya tax on non-Muslims in 1564. He died in Agra."
        ),
        "contradictions": [],
        "wrong": [
            ("besieged Vienna but did not capture it", "captured it the following year"),
            ("reformed the empire's legal code", "reformed the revenue system"),
        ],
        "no_omissions": True,
    },
    {
        "id": "HD04",
        "kind": "different rate decisions",
        "note": "two central banks same week; one held, one raised",
        "a": (
            "The Bank of Norway kept its policy rate at 4.5% on Thursday. Governor Ida Wolden "
            "Bache said the rate would probably remain at that level for some time. The krone "
            "weakened slightly after the announcement. Inflation in Norway was 4.8% in May. Most "
            "economists had expected the decision."
        ),
        "b": (
            "Sweden's Riksbank raised its policy rate by a quarter point to 4% on Thursday. It "
            "said further increases could not be ruled out. The krona strengthened against the "
            "euro. Economists had been divided ahead of the decision. The Riksbank's next meeting "
            "is in September."
        ),
        "contradictions": [],
        "wrong": [
            ("kept its policy rate at 4.5%", "raised its policy rate"),
            ("krone weakened", "krona strengthened"),
        ],
        "no_omissions": True,
    },
    {
        "id": "HD05",
        "kind": "different witnesses, different incidents",
        "note": "two statements about two different burglaries on the same street",
        "a": (
            "On the night of 3 May I heard glass breaking at number 14. I looked out and saw two "
            "men climbing out of the front window. They ran towards the park. I did not recognise "
            "either of them. I called the police at 1:20 a.m."
        ),
        "b": (
            "On 9 May I came home from work at about six and found my back door forced. My laptop "
            "and some jewellery had been taken. Nothing in the front of the house was touched. I "
            "did not see anybody. A neighbour told me there had been another break-in on the "
            "street the week before."
        ),
        "contradictions": [],
        "wrong": [],
        "no_omissions": True,
    },
]
