"""Verb blocks for CAMEO roots 01-07 (statements, appeals, intent, consult,
diplomatic and material cooperation, aid).

A block is (name, code, verbs, patterns, combos):
  verbs     comma-separated entries: LEMMA, +MULTI_WORD, RE_+WORD, optional [code];
            irregular forms are added by inflect.py, so they are not written here
  patterns  pattern bodies as they follow '- ' (each has its own [code])
  combos    (family, frames): each frame with {P} is expanded with every phrase
            of every theme that the family codes (themes.py)
Everything here was written for eventwatch from the CAMEO codebook's
definitions and from the way news and ministry releases phrase these acts.
"""

B = []

# ---------------------------------------------------------------- 01 statements
B.append(('MAKE_STATEMENT', '010', '''
STATE, SAY, EMPHASIZE, EMPHASISE, STRESS, NOTE, REMARK, ASSERT, CONTEND, ARGUE, TELL, EXPLAIN, MENTION,
REITERATE, UNDERLINE, UNDERSCORE, HIGHLIGHT, COMMENT, CLAIM, INSIST, AFFIRM, +POINT_OUT,
SPECIFY, CLARIFY, REPORT, INFORM, ADDRESS, WRITE, PUBLISH, BROADCAST, PROCLAIM, PRONOUNCE, SIGNAL, INDICATE,
SUGGEST, PREDICT, FORECAST, SPEAK, +SPEAK_OUT, TESTIFY, CONFIRM, REVEAL, DISCLOSE, DESCRIBE, CHARACTERIZE,
CHARACTERISE, LABEL, TERM, VOICE, REASSERT, RESTATE, OPINE, ESTIMATE, RELAY, TWEET, POST, REPLY,
RESPOND, RETORT, ANSWER, ELABORATE, OUTLINE, PRESENT, SUMMARIZE, SUMMARISE, ACKNOWLEDGE, REFLECT, +SPELL_OUT,
+TOUCH_ON, +TOUCH_UPON, +REFER_TO, +SHED_LIGHT_ON, +DRAW_ATTENTION_TO, HINT, ADD
''', [
    '* SUPPORT FOR + [051]', '* &BACKING FOR + [051]', '* $ SUPPORTS + [051]',
    '* $ WILL SUPPORT + [032]', '* $ IS READY TO &TALKS [036]', '* $ READY TO MEET + [036]',
    '* THAT $ WILL ATTEND [036]', '* $ WILL CONTINUE TO COOPERATE WITH + [030]',
    '* $ INTENDS TO [030]', '* $ PLANS TO VISIT + [036]', '* $ WILL VISIT + [036]',
    '* $ WILL HOST + [036]', '* $ STANDS READY [030]', '* $ IS WILLING [030]',
    # ('* + OF &CRIME' and the like read any later 'of' after a statement verb:
    # 'claims that Saddam received intelligence ... of the 2003 invasion' is
    # no accusation of aggression; accusing is ACCUSE's)
    '* + WAS RESPONSIBLE FOR [112]', '* + WAS BEHIND [112]',
    '* + HAD VIOLATED [112]', '* + WILL FACE &CONSEQUENCES [130]', '* + WOULD FACE &CONSEQUENCES [130]', '* THE LIVES OF + [180]', '* + WILL PAY A PRICE [130]',
    '* $ WILL RETALIATE [138]', '* $ WOULD RESPOND [138]', '* HE WILL ATTACK + [1384]', '* $ WILL NOT TOLERATE [130]',
    '* $ HAD NO ROLE [016]', '* $ WAS NOT INVOLVED [016]', '* $ HAD NOTHING TO DO WITH [016]',
    '* RESPONSIBILITY FOR [015]', '* THE NEED TO [010]', '* THE IMPORTANCE OF [010]',
    '* THE SIGNIFICANCE OF [010]', '* THE RELEVANCE OF [010]', '* THE ROLE OF + [010]',
    '* &CONDOLENCES [018]', '* &WORRY [012]', '* &HOPE [013]', '* &ACCORD WITH + [019]',
    '* &COMMITMENT TO [030]', '* + SHOULD [020]', '* + MUST [100]',
    # 'must be given a chance', 'must be strong', 'there must be changes': a
    # passive or a state, no demand on anyone ('must suspend ... would be
    # lifted' still demands: BE right after MUST)
    '* + MUST _BE [---]', '* + SHOULD RELEASE [0253]',
    '* + MUST RELEASE [1053]', '* + MUST WITHDRAW [106]', '* + SHOULD WITHDRAW [0256]',
    '* + MUST STOP [100]', '* + MUST END [100]', '* + SHOULD STEP DOWN [0241]', '* + MUST RESIGN [1041]',
    '* % HAD AGREED [030]', '* % HAVE AGREED TO &TALKS [036]', '* % AGREED ON &CEASEFIRE [0871]',
    '* $ RECOGNIZES + [054]', '* $ APOLOGIZES [055]',
    '* + PARTICIPATED IN &MEETING [040]', '* $ PARTICIPATED IN &MEETING OF + [040]',
    # 'spoke with X by telephone' (DICT-GAPS.md 7): CAMEO 041 discuss by telephone
    '* WITH + BY TELEPHONE [041]', '* WITH + BY PHONE [041]', '* BY TELEPHONE WITH + [041]',
    '* BY PHONE WITH + [041]', '* ON THE PHONE WITH + [041]', '* IN A TELEPHONE CONVERSATION WITH + [041]',
], [('INTENT', ['* $ WILL {P}', '* $ IS READY TO {P}', '* $ STANDS READY TO {P}',
                '* $ INTENDS TO {P}', '* PLANS TO {P}', '* IT WOULD {P}', '* IT WILL {P}', '* $ WOULD {P}']),
     ('THREATS', ['* $ WILL {P}', '* $ WOULD {P}', '* IT WILL {P}', '* IT WOULD {P}', '* HE WILL {P}',
                  '* HE WOULD {P}', '* SHE WILL {P}'])]))

# 'maintain' states something only with a clause ('maintains that it is
# peaceful'); 'maintains a list', 'maintained an embassy', 'maintain a
# perception' state nothing.
B.append(('MAINTAIN', '---', '''
MAINTAIN
''', ['* THAT [010]'], []))

# Announcing what one does or will do: an announced act is coded as the act
# (or the intent), which would be wrong for plain 'said' (a sanctions
# regime that 'would not work' is not imposed).
B.append(('ANNOUNCE', '010', '''
ANNOUNCE, UNVEIL
''', ['* &CEASEFIRE WITH + [0871]', '* &CEASEFIRE [0871]', '* END OF &HOSTILITIES [0871]', '* &SANCTIONS ON + [163]', '* &SANCTIONS AGAINST + [163]',
      '* NEW &SANCTIONS [163]', '* &ECONAID FOR + [0331]', '* &ECONAID TO + [0331]', '* &MILAID FOR + [0332]', '* &MILAID TO + [0332]',
      '* &HUMAID FOR + [0333]', '* &HUMAID TO + [0333]', '* &PEACEKEEPING TO + [0334]', '* PLANS TO MEET + [036]', '* VISIT TO + [036]',
      '* &TALKS WITH + [036]', '* &AGREEMENT WITH + [057]', '* BAN ON &PARTY [1722]', '* CURFEW [1723]', '* STATE OF EMERGENCY [1724]',
      '* MARTIAL LAW [1724]', '* &ALERT [152]', '* MOBILIZATION [154]', '* MOBILISATION [154]', '* RELEASE OF &DETAINEES [0841]',
      '* WITHDRAWAL OF &TROOPS [0874]', '* WITHDRAWAL FROM &TALKS [164]', '* SUSPENSION OF &TALKS [164]', '* SUSPENSION OF &AID [162]', '* &INQUIRY INTO &CRIME [091]',
      '* &INQUIRY INTO &ABUSES [092]', '* &INQUIRY INTO &MILACTION [093]', '* &INQUIRY INTO &WARCRIMES [094]', '* &INQUIRY INTO [090]', '* RECOGNITION OF + [054]',
      '* + WOULD RECEIVE [0331]', '* DECISION TO [030]', '* PLANS TO [030]', '* MONUMENT [017]',
      '* MEMORIAL [017]', '* PLAQUE [017]', '* STATUE [017]'],
   [('INTENT', ['* $ WILL {P}', '* IT WILL {P}', '* IT WOULD {P}', '* PLANS TO {P}', '* DECISION TO {P}'])]))

B.append(('PESSIMISM', '012', '''
WORRY, FEAR, LAMENT, BEMOAN, DESPAIR, CAUTION, REGRET, DOUBT, FRET, DREAD, BRACE, SIGH
''', ['* ESCALATION [012]', '* &HOSTILITIES [012]', '* COLLAPSE OF &TALKS [012]',
      '* THAT &CEASEFIRE WILL COLLAPSE [012]', '* THAT &TALKS WILL FAIL [012]',
      '* WORSENING OF &RELATIONS [012]', '* DETERIORATION OF &RELATIONS [012]',
      '* LACK OF PROGRESS [012]', '* + DECISION [111]', '* + MOVE [111]', '* FOR THE FUTURE OF [012]',
      '* HUMANITARIAN CATASTROPHE [012]', '* FAMINE [012]', '* NEW WAR [012]', '* CIVIL WAR [012]',
      '* ATTACK BY + [1384]', '* INVASION BY + [1384]', '* ATTACK FROM + [1384]'], []))

B.append(('OPTIMISM', '013', '''
HOPE, EXPECT, ANTICIPATE, ENVISAGE, FORESEE, ENVISION, +LOOK_FORWARD, TRUST, WISH, ASPIRE, REJOICE
''', ['* FOR PEACE [013]', '* FOR PROGRESS [013]', '* FOR &SETTLEMENT [013]', '* FOR A BREAKTHROUGH [013]',
      '* &TALKS WILL SUCCEED [013]', '* &TALKS WILL BE PRODUCTIVE [013]', '* TO MEET + [036]',
      '* TO VISIT + [036]', '* TO WELCOME + [036]', '* TO HOSTING + [036]', '* TO SEEING + [036]',
      '* TO WORKING WITH + [030]', '* TO &ECONCOOP WITH + [0311]', '* TO COOPERATION WITH + [030]',
      '* TO DEEPEN &RELATIONS WITH + [030]', '* TO STRENGTHEN &RELATIONS WITH + [030]',
      '* TO SIGN &AGREEMENT WITH + [030]', '* TO CONTINUE &TALKS [036]', '* &CEASEFIRE WILL HOLD [013]',
      '* &RELATIONS WILL IMPROVE [013]', '* TO ATTEND &MEETING [036]', '* + TO [020]',
      '* + WILL AGREE [020]', '* + WILL RELEASE [0253]', '* + WILL LIFT &SANCTIONS [0254]',
      '* + WILL WITHDRAW [0256]', '* + WILL RESPECT &CEASEFIRE [0256]'], []))

B.append(('CONSIDER', '014', '''
CONSIDER, WEIGH [---], MULL, PONDER, CONTEMPLATE, DELIBERATE, EXPLORE [---], EXAMINE, STUDY, REVIEW, EVALUATE, DEBATE,
ENTERTAIN, REASSESS, RECONSIDER, RETHINK, ANALYZE, ANALYSE, +MULL_OVER, BRAINSTORM, REEVALUATE, RE-EVALUATE
''', ['* &SANCTIONS AGAINST + [014]', '* SENDING &TROOPS [014]', '* MILITARY OPTIONS [014]',
      '* &PROPOSAL BY + [014]', '* &PROPOSAL FROM + [014]', '* &PROPOSAL OF + [014]',
      '* WAYS TO [014]', '* OPTIONS [014]', '* RESULTS OF [014]', '* REQUEST FROM + [014]',
      '* &RELATIONS WITH + [014]', '* INVITATION FROM + [014]', '* &AGREEMENT WITH + [014]',
      # 'stress is weighing heavily on the troops': a burden, not a deliberation
      '* HEAVILY [---]', '* HEAVILY ON + [---]', '* ON THE MINDS OF + [---]',
      # so WEIGH has no code of its own: only what is weighed ('the offer by X') codes
      '* WHETHER TO [014]'], []))

B.append(('OWN_RESPONSIBILITY', '015', '''
ADMIT, CONFESS, +OWN_UP, +CLAIM_RESPONSIBILITY, +ACCEPT_RESPONSIBILITY, +ACKNOWLEDGE_RESPONSIBILITY,
+TAKE_RESPONSIBILITY, +ADMIT_GUILT, +PLEAD_GUILTY
''', ['* FOR &MILACTION [015]', '* FOR THE ATTACK ON + [015]', '* RESPONSIBILITY [015]',
      '* &MONITORS [0862]', '* &AIDWORKERS [0863]', '* &PEACEKEEPING [0861]', '* MISTAKES [015]',
      '* ERRORS [015]', '* FAILURES [015]', '* WRONGDOING [015]', '* TO &CRIME [015]',
      '* TO &WARCRIMES [015]', '* TO &ESPIONAGE [015]', '* FOR THE BOMBING [015]', '* FOR THE KILLING [015]'],
   []))

B.append(('DENY', '016', '''
DENY, REFUTE, REBUT, DISCLAIM, DISOWN, DISAVOW, NEGATE, CONTRADICT, +PLEAD_NOT_GUILTY, +DENY_RESPONSIBILITY,
GAINSAY, DEBUNK
''', ['* RESPONSIBILITY [016]', '* INVOLVEMENT [016]', '* &CRIME [016]', '* ACCUSATIONS [016]',
      '* ALLEGATIONS [016]', '* CHARGES [016]', '* CLAIMS BY + [016]', '* REPORTS [016]',
      '* &AGGRESSION [016]', '* &WARCRIMES [016]', '* &ESPIONAGE [016]', '* WRONGDOING [016]',
      '* ENTRY TO + [172]', '* VISAS TO + [172]', '* ACCESS TO &MONITORS [1245]',
      '* ACCESS TO &AIDWORKERS [1245]', '* + ACCESS [1245]', '* &HUMAID [1245]',
      '* ACCREDITATION TO + [172]', '* + ENTRY [172]', '* REQUEST [120]', '* + REQUEST FOR [120]'], []))

B.append(('SYMBOLIC_ACT', '017', '''
COMMEMORATE, HONOUR [---], HONOR [---], CELEBRATE, MOURN, LAY [---], REMEMBER [---], INAUGURATE, +MARK_THE_ANNIVERSARY,
DEDICATE, PRAY, +OBSERVE_A_MINUTE_OF_SILENCE, +HOIST_THE_FLAG, +RAISE_THE_FLAG, +LIGHT_CANDLES, EULOGIZE,
EULOGISE
''', ['* WREATH [017]', '* WREATHS [017]', '* FOUNDATION STONE [017]', '* CORNERSTONE [017]',
      '* VICTIMS [017]', '* ANNIVERSARY [017]', '* + [017]', '* MEMORIAL [017]', '* MONUMENT [017]',
      '* TO + [051]', '* TO THE ROLE OF + [051]', '* TO THE EFFORTS OF + [051]', '* TO THE FALLEN [017]'],
   []))

B.append(('EMPATHY', '018', '''
CONDOLE, SYMPATHIZE, SYMPATHISE, CONSOLE, COMFORT, GRIEVE, COMMISERATE, +EXPRESS_CONDOLENCES,
+OFFER_CONDOLENCES, +SEND_CONDOLENCES, +EXTEND_CONDOLENCES, EMPATHIZE, EMPATHISE
''', ['* WITH + [018]', '* + [018]', '* TO + [018]', '* OVER [018]', '* FAMILIES OF [018]',
      '* PEOPLE OF + [018]', '* VICTIMS [018]', '* WITH THE VICTIMS [018]'], []))

B.append(('CONCUR', '019', '''
CONCUR, CONVERGE, +SEE_EYE_TO_EYE, +SHARE_THE_VIEW, +SHARE_VIEWS, HARMONIZE, HARMONISE, +FIND_COMMON_GROUND,
+REACH_CONSENSUS, +SPEAK_WITH_ONE_VOICE
''', ['* WITH + [019]', '* WITH THE VIEW OF + [019]', '* WITH THE POSITION OF + [019]', '* WITH + ON [019]',
      '% * [019]', '* ON &SETTLEMENT [019]', '* ON THE NEED [019]', '* WITH THE ASSESSMENT OF + [019]',
      '* POSITIONS WITH + [019]', '* &RELATIONS [019]'], []))

B.append(('EXPRESS', '010', '''
EXPRESS, CONVEY, REGISTER, +PUT_ON_RECORD, AIR, TRANSMIT
''', ['* &CONDOLENCES [018]', '* &CONDOLENCES TO + [018]', '* &WORRY [012]', '* &WORRY OVER + [012]',
      '* &WORRY ABOUT + [012]', '* &HOPE [013]', '* &HOPE THAT + [013]', '* &ACCORD WITH + [019]',
      '* &ACCORD [019]', '* &BACKING FOR + [051]', '* &BACKING [051]', '* APPROVAL OF + [051]',
      '* GRATITUDE TO + [051]', '* APPRECIATION TO + [051]', '* THANKS TO + [051]',
      '* &COMMITMENT TO [030]', '* READINESS TO &TALKS [036]', '* WILLINGNESS TO MEET [036]',
      '* READINESS TO MEDIATE [039]', '* WILLINGNESS TO MEDIATE [039]', '* INTEREST IN [030]',
      '* INTEREST IN &ECONCOOP [0311]', '* INTEREST IN &MILCOOP [0312]', '* READINESS TO HELP + [033]',
      '* READINESS TO PROVIDE &HUMAID [0333]', '* READINESS TO SEND &PEACEKEEPING [0334]',
      '* OUTRAGE [111]', '* OUTRAGE AT + [111]', '* INDIGNATION [111]', '* DISAPPROVAL OF + [110]',
      '* DISAPPROVAL [110]', '* OPPOSITION TO + [110]', '* PROTEST TO + [114]', '* PROTEST [114]',
      '* DISPLEASURE [110]', '* DISPLEASURE WITH + [110]', '* CONDEMNATION [111]', '* CONDEMNATION OF + [111]',
      '* REGRET OVER + [012]', '* DISAPPOINTMENT WITH + [111]', '* SOLIDARITY WITH + [051]',
      '* APOLOGY [055]', '* APOLOGIES [055]', '* APOLOGY TO + [055]', '* REMORSE [055]',
      '* FORGIVENESS [056]', '* OPTIMISM ABOUT &TALKS [013]', '* PESSIMISM ABOUT &TALKS [012]',
      '* INTENTION TO VISIT + [036]', '* DESIRE TO [030]', '* DESIRE TO MEET + [036]',
      '* READINESS TO COOPERATE [030]', '* READINESS TO NORMALIZE &RELATIONS [030]',
      '* SATISFACTION WITH [013]', '* DEEP CONCERN OVER &HOSTILITIES [012]'], []))

B.append(('PAY', '---', '''
PAY
''', ['* VISIT TO + [042]', '* + A VISIT [043]', '* OFFICIAL VISIT TO + [042]', '* STATE VISIT TO + [042]',
      '* WORKING VISIT TO + [042]', '* TRIBUTE TO + [051]', '* TRIBUTE [017]', '* HOMAGE [017]',
      '* RESPECTS [017]', '* ATTENTION TO [010]', '* SPECIAL ATTENTION TO [010]', '* COMPENSATION TO + [071]',
      '* COMPENSATION [071]', '* RANSOM [---]', '* CONDOLENCE VISIT [018]', '* &ECONAID TO + [071]',
      '* PRICE [---]', '* DEBTS [---]', '* LIP SERVICE [010]', '* A COURTESY CALL ON + [043]',
      '* A COURTESY CALL [040]', '* REPARATIONS TO + [071]', '* REPARATIONS [071]'], []))

# ---------------------------------------------------------------- 02 appeals
B.append(('APPEAL_FOR', '020', '''
APPEAL, PLEAD, LOBBY, CAMPAIGN, PETITION, AGITATE, CLAMOR, CLAMOUR, CRUSADE, +PRESS_FOR, +PUSH_FOR, +CALL_FOR,
+ASK_FOR, +ARGUE_FOR, +STRIVE_FOR, +CRY_OUT_FOR, +BEG_FOR
''', ['* TO + [020]', '* TO + FOR CALM [0252]', '* FOR CALM [0252]', '* FOR DIALOGUE [026]',
      '* TO PARTIES [020]', '* FOR + TO [020]', '* THEIR EFFECTIVE USE [020]', '* EFFECTIVE USE [020]',
      '* TO COMMUNITY [020]', '* FOR A VOTE [020]', '* FOR REFERENDUM [0244]', '* FOR SUPPORT [022]'],
   [('APPEAL', ['* {P}', '* TO + FOR {P}', '* ON + FOR {P}', '* TO + TO {P}', '* FOR {P} BY +',
                '* FOR {P} FROM +', '* FOR {P} BETWEEN +', '* {P} WITH +', '* {P} IN +'])]))

B.append(('URGE', '020', '''
URGE, IMPLORE, EXHORT, ENCOURAGE, ENTREAT, BESEECH, NUDGE, PROD, COAX, PERSUADE, INVITE, +CALL_ON, +CALL_UPON,
ADJURE, CAJOLE, ADVISE, COUNSEL, ASK, SPUR [---], MOTIVATE [---], +REACH_OUT_TO
''', ['* + [020]', '* AGAINST TRAVEL [012]', '* AGAINST TRAVEL TO + [012]', '* + AGAINST [020]', '* + TO VISIT [026]', '* + TO ATTEND [026]', '* + TO JOIN &TALKS [026]',
      '* + TO COME [026]', '* + TO MEET [026]', '* + FOR A VISIT [026]', '* + TO TAKE PART [026]',
      '* + TO PARTICIPATE [026]', '* + TO &MEETING [026]', '* + TO SUPPORT [022]', '* + TO JOIN [022]',
      '* + TO BACK [022]', '* + TO ENDORSE [022]', '* + TO RECOGNIZE [022]', '* + TO RATIFY [022]',
      '* + TO SIGN [022]', '* + TO HONOUR [022]', '* + TO IMPLEMENT &AGREEMENT [022]',
      '* + TO ADHERE [022]', '* + TO COMPLY [022]', '* + TO STOP [025]', '* + TO REFRAIN [025]',
      '* + TO ABANDON [025]', '* + TO RECONSIDER [0242]', '* + TO REVERSE [0242]', '* + TO REVOKE [0242]',
      '* + TO RESPECT [0243]', '* + TO PROTECT [0243]', '* + TO GUARANTEE [0243]', '* + TO ALLOW [0255]',
      '* + TO RELEASE [0253]', '* + TO FREE [0253]', '* + TO RETURN [0253]', '* + TO WITHDRAW [0256]',
      '* + TO EXERCISE RESTRAINT [0256]', '* + TO SHOW RESTRAINT [0256]', '* + TO DE-ESCALATE [0256]',
      '* + TO END [025]', '* + TO RESOLVE [027]', '* + TO SETTLE [027]', '* + TO NEGOTIATE [026]',
      '* + TO RESUME [026]', '* + TO ENGAGE [026]', '* + TO STEP DOWN [0241]', '* + TO RESIGN [0241]',
      '* + TO HOLD ELECTIONS [0244]', '* + TO HELP [023]', '* + TO ASSIST [023]', '* + TO PROVIDE [023]',
      '* + TO SEND &HUMAID [0233]', '* + TO SEND &WEAPONS [0232]', '* + TO SEND &PEACEKEEPING [0234]',
      '* + TO INVEST [0211]', '* + TO COOPERATE [021]', '* + TO EXTRADITE [0213]', '* + TO SHARE [0214]',
      '* + TO LIFT [025]', '* + TO EASE [025]', '* + TO ACCEPT &MEDIATION [028]', '* + TO MEDIATE [028]'],
   [('APPEAL', ['* + TO {P}', '* + FOR {P}', '* {P}', '* + TO AGREE TO {P}', '* + TO WORK FOR {P}',
                '* + TO SUPPORT {P}', '* + TO SEEK {P}', '* + TO ENSURE {P}', '* PARTIES TO {P}'])]))

B.append(('REQUEST', '020', '''
REQUEST, SEEK, SOLICIT, ADVOCATE, PROPOSE, RECOMMEND, CHAMPION, PRESCRIBE, PROMOTE [---], ESPOUSE, FAVOR [---], FAVOUR [---],
PREFER [---], PROPOUND, MOOT, FLOAT, +PUT_FORWARD, +PUT_FORTH, +LAY_OUT, TABLE, SUBMIT [---], +COME_UP_WITH,
+BRING_FORWARD
''', ['* + [020]', '* SOLUTIONS [020]', '* &SETTLEMENT TO &DISPUTE [027]', '* &SETTLEMENT TO + [027]',
      '* DIPLOMACY OVER CONFRONTATION [027]', '* &PROPOSAL [020]', '* &PROPOSAL TO + [020]',
      '* &PROPOSAL FOR &TALKS [026]', '* &PROPOSAL FOR &SETTLEMENT [027]', '* &PROPOSAL FOR &CEASEFIRE [0256]',
      '* ASYLUM [020]', '* ASYLUM IN + [020]', '* MEMBERSHIP [022]', '* MEMBERSHIP IN + [022]',
      '* ACCESSION TO + [022]', '* HELP FROM + [023]', '* PERMISSION [020]', '* A MEETING WITH + [026]'],
   [('APPEAL', ['* {P}', '* {P} FROM +', '* {P} BY +', '* {P} WITH +', '* {P} BETWEEN +', '* {P} TO +',
                '* {P} FOR +', '* {P} IN +'])]))

# ---------------------------------------------------------------- 03 intent
B.append(('PLEDGE', '030', '''
PLEDGE, PROMISE, VOW, OFFER, UNDERTAKE, INTEND, VOLUNTEER, GUARANTEE, ASSURE, REASSURE, +COMMIT_TO, SWEAR,
+SIGNAL_READINESS, +STAND_READY, AIM [---], ENDEAVOR, ENDEAVOUR, RECOMMIT, PLAN, SCHEDULE, ARRANGE, EARMARK [033],
+SET_ASIDE, BUDGET [---], ALLOT [033], PROFFER, TENDER, PREPARE [---]
''', ['* + [030]', '* TO + [030]', '* &BACKING [032]', '* &BACKING TO + [032]', '* + &BACKING [032]',
      '* + THAT $ WILL CONTINUE [032]', '* THAT $ WILL CONTINUE TO ENGAGE WITH + [032]',
      '* THAT $ WILL ENGAGE WITH + [032]', '* THAT $ WILL SUPPORT + [032]', '* $ WILL WORK WITH + [032]',
      '* TO ENGAGE WITH + [032]', '* TO WORK WITH + [032]', '* TO SUPPORT + [032]', '* TO HELP + [033]',
      '* TO ASSIST + [033]', '* TO COOPERATE WITH + [030]', '* COOPERATION TO + [030]',
      '* TO MEET + [036]', '* TO VISIT + [036]', '* TO HOST + [036]', '* VISIT TO + [036]',
      '* TO HOLD &TALKS WITH + [036]', '* &MEETING WITH + [036]', '* TALKS WITH + [036]',
      '* TO ATTEND &MEETING [036]', '* TO MEDIATE BETWEEN + [039]', '* TO MEDIATE [039]',
      '* &MEDIATION [039]', '* TO ACT AS MEDIATOR [039]', '* TO HOST &TALKS [039]',
      '* TO ACCEPT &MEDIATION [038]', '* PRACTICAL COOPERATION [031]', '* CONCRETE COOPERATION [031]',
      '* MATERIAL SUPPORT [031]', '* MATERIAL COOPERATION [031]', '* TO ABIDE BY [030]', '* TO IMPLEMENT &AGREEMENT [030]',
      '* TO HONOUR &AGREEMENT [030]', '* TO RESPECT &AGREEMENT [030]', '* TO SIGN &AGREEMENT [030]',
      '* TO PROMOTE &RIGHTS [0343]', '* TO PROMOTING &RIGHTS [0343]', '* TO STRENGTHEN [030]',
      '* ASYLUM TO + [075]', '* ASYLUM [075]', '* REFUGE TO + [075]', '* TO SHELTER + [075]',
      '* TO RECOGNIZE + [054]', '* TO RECOGNISE + [054]', '* TO APOLOGIZE [055]', '* TO NORMALIZE [030]',
      '* TO RESTORE &RELATIONS [030]', '* TO REOPEN EMBASSY [030]', '* TO RETALIATE [138]',
      '* REVENGE [138]', '* TO AVENGE [138]', '* TO FIGHT [138]', '* TO CRUSH + [138]',
      '* TO DESTROY + [138]', '* TO PUNISH + [130]', '* TO RESIST [120]', '* TO DEFY [128]',
      '* TO CONTINUE &HOSTILITIES [1246]', '* TO FIGHT ON [1246]', '* TO KEEP FIGHTING [1246]'],
   [('INTENT', ['* {P}', '* TO {P}', '* + {P}', '* {P} TO +', '* {P} FOR +', '* {P} WITH +',
                '* THAT $ WILL {P}', '* {P} BETWEEN +', '* {P} IN +'])]))

B.append(('REAFFIRM', '030', '''
REAFFIRM, RECONFIRM, REPEAT [010], RENEW [---], RE-AFFIRM, REDOUBLE, RE-COMMIT, CONSOLIDATE [---]
''', ['* &COMMITMENT [030]', '* &COMMITMENT TO + [030]', '* &COMMITMENT TO &RIGHTS [0343]',
      '* &COMMITMENT TO PROMOTING &RIGHTS [0343]', '* &COMMITMENT TO &REFORM [034]',
      '* &COMMITMENT TO &SETTLEMENT [037]', '* &COMMITMENT TO &TALKS [036]',
      '* &COMMITMENT TO &CEASEFIRE [0356]', '* &COMMITMENT TO &AGREEMENT [030]',
      '* &COMMITMENT TO &ECONCOOP [0311]', '* &COMMITMENT TO &MILCOOP [0312]',
      '* &COMMITMENT TO &INSTCHANGE [0344]', '* &BACKING FOR + [032]', '* &BACKING [032]',
      '* &BACKING TO + [032]', '* &RELATIONS WITH + [030]', '* + COMMITMENT [030]', '* COMMITMENTS [030]',
      '* POSITION [010]', '* STANCE [010]', '* &ALERT [152]', '* EFFORTS [030]', '* CALLS FOR [020]',
      '* CALL FOR [020]', '* DEMAND FOR [100]', '* DEMANDS [100]', '* OPPOSITION TO + [110]',
      '* RECOGNITION OF + [054]', '* &SANCTIONS [163]', '* &SANCTIONS AGAINST + [163]',
      '* MANDATE OF &MONITORS [086]', '* MANDATE [030]', '* &AGREEMENT WITH + [057]',
      '* &AGREEMENT [057]', '* &CEASEFIRE [0871]', '* &TALKS [036]', '* &ECONAID [0331]',
      '* &MILAID [0332]', '* &HUMAID [0333]'], []))

B.append(('AGREE', '030', '''
AGREE, CONSENT, +SIGN_UP, ASSENT, +STRIKE_A_DEAL, +REACH_AGREEMENT, +REACH_A_DEAL, +AGREE_IN_PRINCIPLE,
+GIVE_THE_GO-AHEAD, CLINCH, SEAL [---], +SHAKE_HANDS
''', ['* THAT [019]', '* WITH + THAT [019]', '* WITH + [030]', '* TO MEET [036]', '* TO MEET + [036]', '* TO HOLD &TALKS [036]',
      '* TO &TALKS [036]', '* TO RESUME &TALKS [036]', '% * TO MEET [036]', '% * TO &TALKS [036]',
      '% * ON &CEASEFIRE [0871]', '% * &CEASEFIRE [0871]', '* TO &CEASEFIRE [0871]', '* ON &CEASEFIRE [0871]',
      '% * ON &AGREEMENT [057]', '* ON &AGREEMENT WITH + [057]', '* &AGREEMENT WITH + [057]',
      '* ON &AGREEMENT [057]', '* TO SIGN [030]', '% * [030]', '* TO COOPERATE [030]',
      '* TO EXCHANGE &DETAINEES [0353]', '* TO RELEASE &DETAINEES [0353]', '* TO WITHDRAW &TROOPS [0356]',
      '* TO &MEDIATION [038]', '* TO ACCEPT &MEDIATION [038]', '* TO MEDIATE [039]',
      '* TO A SWAP [0353]', '* TO A PRISONER EXCHANGE [0353]', '* TO DEMARCATE [037]',
      '* ON DEMARCATION [037]', '* ON BORDER DELIMITATION [037]', '* TO SETTLE [037]',
      '* ON &SETTLEMENT [037]', '* WITH + ON [030]', '* TO HOST [036]', '* TO ADMIT &MONITORS [0355]',
      '* TO &MONITORS [0355]', '* TO &PEACEKEEPING [0355]', '* TO A PEACEKEEPING [0355]',
      '* TO EXTEND &CEASEFIRE [0356]', '* TO EXTEND [030]', '* ON EXTENSION [030]'],
   [('INTENT', ['* TO {P}', '* ON {P}', '* {P}', '% * TO {P}', '% * ON {P}', '* WITH + TO {P}',
                '* WITH + ON {P}'])]))

# ---------------------------------------------------------------- 04 consult
B.append(('CONSULT', '040', '''
CONFER, CONSULT, CONTACT, DISCUSS, MEET, +MEET_WITH, CONVENE, HUDDLE, CONVERSE, +TALK_WITH, +TALK_TO, TALK [040],
INTERACT, LIAISE, +SIT_DOWN_WITH, BRIEF, +HOLD_TALKS, +HOLD_CONSULTATIONS, +HOLD_A_MEETING, +EXCHANGE_VIEWS,
+COMPARE_NOTES, +KEEP_IN_TOUCH, +GET_TOGETHER, DEBRIEF, RECONVENE, CAUCUS, +COME_TOGETHER, +TALK_OVER,
+MEET_UP
''', ['* + [040]', '* WITH + [040]', '% * [040]', '* + ON THE SIDELINES [044]', '* ON THE SIDELINES [044]',
      '* + ON THE MARGINS [044]', '* ON THE MARGINS [044]', '* + AT &MEETING [044]',
      '* WITH + AT &MEETING [044]', '* WITH + ON THE SIDELINES [044]', '% * ON THE SIDELINES [044]',
      '% * ON THE MARGINS [044]', '% * AT &MEETING [044]', '* + BY PHONE [041]', '* WITH + BY PHONE [041]',
      '* + BY TELEPHONE [041]', '* WITH + BY TELEPHONE [041]', '* + VIA VIDEO LINK [041]',
      '* WITH + VIA VIDEO LINK [041]', '* + BY VIDEO CONFERENCE [041]', '* WITH + ONLINE [041]',
      '* + IN A PHONE CALL [041]', '* WITH + IN A PHONE CALL [041]', '* + OVER THE PHONE [041]',
      '* + VIA VIDEOCONFERENCE [041]', '* WITH + VIRTUALLY [041]', '* &TALKS WITH + [046]',
      '* &TALKS [046]', '* PEACE WITH + [046]', '* &CEASEFIRE WITH + [046]', '* &CEASEFIRE [046]',
      '* &AGREEMENT WITH + [046]', '* &SETTLEMENT WITH + [046]', '* &SETTLEMENT [046]',
      '* &DISPUTE WITH + [046]', '* WAYS TO [040]', '* PROSPECTS [040]', '* + TO DISCUSS [040]',
      '* WITH + TO DISCUSS [040]', '* + IN &MEETING [040]', '* WITH + DURING &MEETING [040]',
      '* + DURING VISIT TO + [042]', '* + DURING VISIT [040]', '* &ECONCOOP WITH + [040]',
      '* &MILCOOP WITH + [040]', '* &RELATIONS WITH + [040]', '* &MEDIATION [045]',
      '* + IN NEUTRAL [044]', '* IN A THIRD COUNTRY [044]', '* ON THE MARGINS OF &MEETING [044]',
      '* ON THE SIDELINES OF &MEETING [044]', '* $ AND + [040]', '* BETWEEN + [040]'], []))

B.append(('PHONE', '041', '''
PHONE, TELEPHONE, RING, +SPEAK_BY_PHONE, +SPEAK_BY_TELEPHONE, +TALK_BY_PHONE, +HOLD_A_PHONE_CALL,
+HOLD_PHONE_TALKS, +HOLD_A_TELEPHONE_CONVERSATION, VIDEOCONFERENCE, +DIAL_IN, CALL [---]
''', ['* + [041]', '* WITH + [041]', '% * [041]', '* + TO DISCUSS [041]', '* COUNTERPART [041]',
      '* + TO CONGRATULATE [041]', '* + TO EXPRESS &CONDOLENCES [018]', '* + TO OFFER &CONDOLENCES [018]',
      '* + A [010]', '* + AN [010]', '* IT A [010]', '* THE ATTACK [111]', '* THE DECISION [111]',
      '* THE MOVE [111]', '* THE ELECTION [111]', '* THE VOTE [111]', '* + TO ACCOUNT [100]',
      '* + A TERRORIST [112]', '* + AN AGGRESSOR [1123]', '* + A WAR CRIMINAL [1124]', '* + A CRIMINAL [1121]',
      '* + A SPY [1125]', '* + A TRAITOR [1125]', '* + A FRIEND [051]', '* + A PARTNER [051]',
      '* + A HERO [051]', '* OFF &TALKS [164]', '* OFF &MEDIATION [165]', '* OFF &PROTESTS [082]',
      '* OFF &HOSTILITIES [087]', '* OFF THE VISIT [125]', '* OFF &MEETING [125]', '* ELECTIONS [---]',
      '* A REFERENDUM [---]', '* A STRIKE [143]', '* A GENERAL STRIKE [143]', '* A CEASEFIRE [0871]',
      '* A TRUCE [0871]', '* A HALT [020]', '* A MEETING [020]', '* AN EMERGENCY MEETING [020]',
      '* A SESSION [020]', '* UP &TROOPS [154]', '* UP RESERVISTS [154]', '* IN &TROOPS [154]',
      '* IN &POLICE [153]', '* IN THE ARMY [154]', '* + INTO QUESTION [110]', '* INTO QUESTION [110]',
      '* + BACK [---]', '* BACK AMBASSADOR [161]', '* BACK &DIPLOMAT [161]', '* HOME &DIPLOMAT [161]'],
   []))

# CALL has a block of its own: in PHONE the bare '* + [041]' made a phone
# call of every naming ('a militia called the MLC', 'called the revolution
# illegal', 'called emergency meetings': 43 such 041 events on Wikinews
# without a telephone in the sentence).  Only an explicit call codes 041;
# the naming and summoning patterns stay.
_PHONE_ONLY = ('* + [041]', '* WITH + [041]', '% * [041]')
B[-1] = (B[-1][0], B[-1][1], B[-1][2].replace(', CALL [---]', ''), B[-1][3], B[-1][4])
B.append(('CALL', '---', '''
NICKNAME [---], CALL [---]
''', [p for p in B[-1][3] if p not in _PHONE_ONLY] +
     ['* + BY PHONE [041]', '* + BY TELEPHONE [041]', '* + ON THE PHONE [041]', '* + ON THE TELEPHONE [041]',
      '* + OVER THE PHONE [041]', '* + TO ASK [041]', '* + TO INFORM [041]'], B[-1][4]))

B.append(('VISIT', '042', '''
VISIT, TOUR, +TRAVEL_TO, +FLY_TO, +JOURNEY_TO, +HEAD_TO, +STOP_OVER_IN, +STOP_IN, +LAND_IN, +SET_OFF_FOR, +DEPART_FOR, +LEAVE_FOR, +MAKE_A_TRIP_TO, +DROP_IN_ON,
+COME_TO, REVISIT, +TRAVEL
''', ['* + [042]', '* IN + [042]', '* TO + [042]', '* + FOR &TALKS [042]', '* + FOR &MEETING [042]',
      '* + TO MEET [042]', '* + TO ATTEND [042]', '* + ON AN OFFICIAL VISIT [042]', '* + ON A STATE VISIT [042]',
      '* + ON A WORKING VISIT [042]', '* IN + ON A VISIT [042]', '* FOR &MEETING [044]', '* TO ATTEND &MEETING [044]',
      '* FOR &TALKS [046]', '* FOR &TALKS WITH + [046]', '* TO MEDIATE [045]', '* TO BROKER [045]',
      '* + TO MEDIATE [045]', '* FRONT LINE [042]', '* FRONTLINE [042]', '* REFUGEE CAMP [042]',
      '* TO + AT THE INVITATION OF + [042]', '* + AT THE INVITATION [042]', '* POWER [---]', '* AN AGREEMENT [---]', '* A CONCLUSION [---]',
      '* THE CONCLUSION [---]', '* A DECISION [---]', '* TERMS WITH [---]'], []))

# Arriving troops or peacekeepers are deployed, not visiting (CAMEO 154
# mobilize or increase armed forces; 074 provide military protection or
# peacekeeping).  The synset before the verb needs the military subject;
# travelling soldiers ('were travelling in their vehicle') are no
# deployment, so only the arrival verbs get these patterns.
B.append(('ARRIVE', '042', '''
DISEMBARK, ARRIVE, +ARRIVE_IN, +ARRIVE_AT, +ARRIVE_FOR, +ARRIVE_TO
''', ['&PEACEKEEPING * + [074]', '&PEACEKEEPING * IN + [074]', '&PEACEKEEPING * TO + [074]',
      '&TROOPS * + [154]', '&TROOPS * IN + [154]', '&TROOPS * TO + [154]', '&TROOPS * AT + [154]'] +
     B[-1][3], []))

B.append(('HOST', '043', '''
HOST, RECEIVE [---], GREET, +PLAY_HOST_TO, ACCOMMODATE [---], +HOST_A_VISIT, CO-HOST, COHOST
''', ['* + [043]', '* + IN [043]', '* + AT [043]', '* DELEGATION [043]', '* &MEETING [043]',
      '* &TALKS [046]', '* &TALKS BETWEEN + [045]', '* &TALKS ON [046]', '* &MEETING OF + [043]',
      '* &MEETING BETWEEN + [045]', '* &CEASEFIRE &TALKS [045]', '* &MEDIATION [045]',
      '* + FOR &TALKS [043]', '* + ON A VISIT [043]', '* + ON AN OFFICIAL VISIT [043]',
      '* + ON A STATE VISIT [043]', '* + FOR A VISIT [043]', '* &ECONAID FROM + [071]',
      '* &MILAID FROM + [072]', '* &HUMAID FROM + [073]', '* &WEAPONS FROM + [072]',
      '* &AID FROM + [070]', '* LETTER FROM + [010]', '* MESSAGE FROM + [010]', '* CREDENTIALS [040]',
      '* CREDENTIALS OF + [040]', '* &PEACEKEEPING [0861]', '* &MONITORS [0862]', '* &AIDWORKERS [0863]',
      '* ASYLUM [---]', '* &SANCTIONS [---]', '* INVITATION [---]', '* SUPPORT FROM + [---]',
      '* GUARANTEES FROM + [---]', '+ * CALL FROM $ [041]', '+ * PHONE CALL FROM $ [041]', '* CALL FROM $ [041]',
      '* PERMISSION [---]', '* VISAS [---]', '* REFUGEES FROM + [075]'], []))

B.append(('PARTICIPATE', '040', '''
PARTICIPATE, ATTEND, +TAKE_PART, +SIT_IN_ON, +PARTAKE, +TAKE_A_SEAT, +SEND_A_DELEGATION, +LEAD_A_DELEGATION,
CO-CHAIR, COCHAIR, CHAIR, PRESIDE, MODERATE, CO-ORGANIZE, CO-ORGANISE, ORGANIZE, ORGANISE, CONVOKE,
+HEAD_A_DELEGATION
''', ['* + [040]', '* IN + [040]', '* IN &MEETING OF + [040]', '* &MEETING OF + [040]', '* IN &MEETING [040]',
      '* &MEETING [040]', '* IN &MEETING WITH + [040]', '* &MEETING WITH + [040]', '* &MEETING ON [040]',
      '* IN &MEETING IN + [044]', '* &MEETING IN + [044]', '* IN &MEETING HOSTED BY + [044]',
      '* &MEETING HOSTED BY + [044]', '* IN &MEETING ORGANIZED BY + [040]', '* &MEETING ORGANISED BY + [040]',
      '* IN &TALKS [046]', '* &TALKS [046]', '* IN &TALKS WITH + [046]', '* &TALKS WITH + [046]',
      '* IN &TALKS BETWEEN + [045]', '* IN &MEDIATION [045]', '* IN &PROTESTS [141]', '* &PROTESTS [141]',
      '* IN &PROTESTS AGAINST + [141]', '* IN &EXERCISES [150]', '* &EXERCISES [150]',
      '* IN &EXERCISES WITH + [062]', '* IN &MILCOOP [062]', '* IN &HOSTILITIES [190]',
      '* IN &HOSTILITIES AGAINST + [190]', '* IN &MILACTION [190]', '* IN GLOBAL PROCESSES [030]',
      '* IN &MONITORS [086]', '* IN THE MISSION [086]', '* IN &PEACEKEEPING [074]', '* IN CEREMONY [017]',
      '* CEREMONY [017]', '* FUNERAL [017]', '* FUNERAL OF + [018]', '* IN COMMEMORATION [017]',
      '* INAUGURATION OF + [051]', '* INAUGURATION [017]', '* PARADE [017]', '* &MEETING BETWEEN + [045]',
      '* SIGNING [057]', '* SIGNING CEREMONY [057]', '* SIGNING OF &AGREEMENT [057]',
      '* DELEGATION TO + [042]', '* &MEETING IN THE CAPITAL OF + [042]', '* IN &MEETING ON THE SIDELINES [044]',
      '* TRIAL [---]', '* TRIAL OF + [---]', '* ELECTIONS [---]', '* IN ELECTIONS [---]', '* ATTACK [190]',
      '* ATTACK ON + [190]', '* OFFENSIVE [190]', '* OFFENSIVE AGAINST + [190]', '* RAID [190]', '* RAID ON + [190]',
      '* &MEDIATION [045]', '* &MEDIATION BETWEEN + [045]', '* POLLS [---]', '* WAY [---]', '* COUNTRY [---]',
      '* GOVERNMENT [---]', '* PARTY [---]'], []))

# Leading is no event of its own: 'protesters led by X', 'the party led by
# Y' are descriptions, and a bare 'led Z' names no act.  Only what was led
# codes (talks, an attack, a protest); the passive or participle with 'by'
# never does.  (In PARTICIPATE, 'led by' came out as 040.)
B.append(('LEAD', '---', '''
LEAD [---], SPEARHEAD [---]
''', ['* BY [---]', '* BY + [---]', '* &TALKS [046]', '* &TALKS WITH + [046]', '* &TALKS BETWEEN + [045]',
      '* &MEDIATION [045]', '* &MEDIATION BETWEEN + [045]', '* &MEETING [040]', '* &MEETING WITH + [040]',
      '* DELEGATION TO + [042]', '* &PROTESTS [141]', '* &PROTESTS AGAINST + [141]', '* ATTACK [190]',
      '* ATTACK ON + [190]', '* OFFENSIVE [190]', '* OFFENSIVE AGAINST + [190]', '* RAID [190]',
      '* RAID ON + [190]'], []))

# Gathering is a meeting only when it says so ('gathered for talks'); crowds
# that gather outside a building to show their messages are a demonstration
# or nothing, and 'gathered evidence' is no event.  (In CONSULT, any
# phrase after 'gathered' made a 040.)
B.append(('GATHER', '---', '''
GATHER [---], ASSEMBLE [---]
''', ['* FOR &MEETING [040]', '* FOR &TALKS [046]', '* WITH + FOR &TALKS [046]', '* IN &PROTESTS [141]',
      '* FOR &PROTESTS [141]', '* TO PROTEST [141]', '* IN PROTEST [141]', '* TO PROTEST AGAINST + [141]',
      '* AGAINST + [141]', '* TO DEMAND [141]', '* TO DEMONSTRATE [141]', '* TO DENOUNCE + [141]'], []))

B.append(('MEDIATE', '045', '''
MEDIATE, BROKER, FACILITATE, ARBITRATE, INTERCEDE, +ACT_AS_MEDIATOR, +ACT_AS_GO-BETWEEN, +STEP_IN_TO_MEDIATE,
+HELP_BROKER, CO-MEDIATE, +SHUTTLE_BETWEEN, CONCILIATE, +HELP_MEDIATE, REFEREE, +SERVE_AS_MEDIATOR
''', ['* + [045]', '* BETWEEN + [045]', '* &TALKS BETWEEN + [045]', '* &AGREEMENT BETWEEN + [045]',
      '* &CEASEFIRE BETWEEN + [045]', '* IN &DISPUTE BETWEEN + [045]', '* IN &DISPUTE [045]',
      '* &DISPUTE [045]', '* &TALKS [045]', '* &CEASEFIRE [045]', '* &AGREEMENT [045]', '* EXCHANGE [045]',
      '* PRISONER EXCHANGE [045]', '* &DETAINEES SWAP [045]', '* RELEASE OF &DETAINEES [045]',
      '* RETURN OF &DETAINEES [045]', '* DIALOGUE BETWEEN + [045]', '% * [045]', '* &SETTLEMENT [045]',
      '* &MEETING BETWEEN + [045]', '* CONTACTS BETWEEN + [045]', '* DELIVERY OF &HUMAID [073]',
      '* &HUMAID [073]', '* ACCESS [086]', '* TRADE [061]', '* INVESTMENT [061]', '* TRANSIT [061]',
      '* EXTRADITION [063]', '* RETURN OF + [045]', '* &MONITORS [086]', '* WITH + [045]', '* FOR + [045]'],
   []))

B.append(('NEGOTIATE', '046', '''
NEGOTIATE, BARGAIN, HAGGLE, +HAMMER_OUT, +THRASH_OUT, PARLEY, +ENGAGE_IN_TALKS, +ENTER_NEGOTIATIONS,
+ENTER_INTO_TALKS, +OPEN_TALKS, +HOLD_NEGOTIATIONS, +CONDUCT_NEGOTIATIONS, RENEGOTIATE, DICKER, +IRON_OUT,
+MAKE_PROGRESS, +NARROW_DIFFERENCES, +BRIDGE_DIFFERENCES, +TALK_PEACE
''', ['* + [046]', '* WITH + [046]', '% * [046]', '* &AGREEMENT [046]', '* &AGREEMENT WITH + [046]',
      '* &CEASEFIRE [046]', '* &CEASEFIRE WITH + [046]', '* &SETTLEMENT [046]', '* &SETTLEMENT WITH + [046]',
      '* RELEASE OF &DETAINEES [046]', '* EXCHANGE OF &DETAINEES [046]', '* &DETAINEES [046]',
      '* TERMS [046]', '* TERMS WITH + [046]', '* SURRENDER [046]', '* PEACE [046]', '* PEACE WITH + [046]',
      '* &ECONCOOP [046]', '* WITH + ON [046]', '* WITH + OVER [046]', '* WITH + ABOUT [046]',
      '* ACCESSION [046]', '* MEMBERSHIP [046]', '* &DISPUTE [046]', '* BORDER [046]',
      '* DEMARCATION [046]', '* DELIMITATION [046]', '* LOAN [046]', '* GAS PRICES [046]', '* TRANSIT [046]'],
   []))

# ---------------------------------------------------------------- 05 diplomatic cooperation
B.append(('DIPLOMATIC_COOPERATION', '050', '''
+WORK_WITH, +ENGAGE_WITH, +WORK_TOGETHER, COORDINATE, ALIGN [---], NORMALIZE, NORMALISE, +MEND_FENCES, +MEND_TIES,
UPGRADE, REVIVE [---], FOSTER, CEMENT, FORGE, +REACH_OUT, RECONCILE, +BURY_THE_HATCHET, DEEPEN [---], BOLSTER [---], ENHANCE [---],
STRENGTHEN [---], EXPAND [---], INTENSIFY [---], BROADEN [---], ADVANCE [---], IMPROVE [---], RESTORE [---], REESTABLISH, RE-ESTABLISH, REBUILD [---],
+BUILD_BRIDGES, +OPEN_A_NEW_CHAPTER, +TURN_A_NEW_PAGE, +BREAK_THE_ICE, +THAW, WARM [---], FORMALIZE, FORMALISE,
INSTITUTIONALIZE, +SOLIDIFY, ELEVATE [---], REINVIGORATE, REKINDLE, REVITALIZE, REVITALISE, +BUILD_ON, NURTURE [---],
+ESTABLISH_RELATIONS, +ESTABLISH_TIES
''', [# forces that advance into or toward a place move on it (CAMEO 192
      # occupy territory; toward it, 154 increase armed forces there); with
      # any other subject 'advanced into' is no diplomatic act
      '&TROOPS * INTO + [192]', '&TROOPS * TOWARD + [154]', '&TROOPS * TOWARDS + [154]',
      '* INTO + [---]', '* TOWARD + [---]', '* TOWARDS + [---]',
      '* + [050]', '* WITH + [050]', '% * [050]', '* &RELATIONS [050]', '* &RELATIONS WITH + [050]',
      '* &RELATIONS BETWEEN + [050]', '* &ECONCOOP [061]', '* &ECONCOOP WITH + [061]', '* &MILCOOP [062]',
      '* &MILCOOP WITH + [062]', '* &JUDCOOP [063]', '* &JUDCOOP WITH + [063]', '* &INTELCOOP [064]',
      '* &INTELCOOP WITH + [064]', '* DIPLOMATIC &RELATIONS WITH + [050]', '* EMBASSY [050]',
      '* EMBASSY IN + [050]', '* &TALKS [046]', '* &CEASEFIRE [0871]', '* &DEESCALATION [087]',
      '* REGIONAL COOPERATION [050]', '* DIALOGUE [050]', '* DIALOGUE WITH + [050]', '* &SETTLEMENT [037]',
      '* &SETTLEMENT WITH + [037]', '* THE OSCE [050]', '* THE ORGANIZATION [050]', '* THE UN [050]',
      '* + ON [050]', '* EFFORTS [050]', '* EFFORTS TO [050]', '* EFFORTS WITH + [050]',
      '* CONNECTIVITY [061]', '* GREEN ECONOMY [061]', '* ENVIRONMENTAL SUSTAINABILITY [060]',
      '* &RIGHTS [0833]', '* RULE OF LAW [0834]', '* DEMOCRACY [0834]', '* &INSTCHANGE [0834]',
      '* &REFORM [083]', '* BORDER CONTROL [150]', '* &ALERT [152]', '* &TROOPS [154]', '* DEFENCES [154]',
      '* DEFENSES [154]', '* MILITARY PRESENCE [154]', '* &POLICE [153]', '* POLICE PRESENCE [153]',
      '* SECURITY [150]', '* SECURITY MEASURES [151]', '* &SANCTIONS [163]', '* &SANCTIONS AGAINST + [163]',
      '* PRESSURE ON + [100]', '* &PEACEKEEPING [074]', '* ORDER [175]', '* CONTROL [192]',
      '* CONTROL OVER &TOWN [192]', '* CONSTITUTIONAL ORDER [0834]', '* POWER SUPPLY [070]',
      '* &ALERT LEVEL [152]', '* BORDER [150]', '* BORDER SECURITY [150]'], []))

B.append(('PRAISE', '051', '''
PRAISE, COMMEND, APPLAUD, HAIL, LAUD, WELCOME, ENDORSE, SUPPORT, APPROVE, CONGRATULATE, COMPLIMENT, ACCLAIM,
EXTOL, THANK, APPRECIATE, ADMIRE, +SPEAK_HIGHLY_OF, CHEER, VALUE, TOUT, GLORIFY, LIONIZE, LIONISE, BACK,
+SIGN_OFF_ON, RUBBER-STAMP, +THROW_WEIGHT_BEHIND, +GIVE_BACKING, EMBRACE, ESTEEM, +STAND_BEHIND, +GET_BEHIND,
+SING_THE_PRAISES_OF, HERALD, +GIVE_CREDIT
''', ['* + [051]', '* SIGNING OF &AGREEMENT BETWEEN + [051]', '* SIGNING OF &AGREEMENT BY + [051]',
      '* SIGNING OF &AGREEMENT [051]', '* &AGREEMENT BETWEEN + [051]', '* &AGREEMENT WITH + [051]',
      '* &AGREEMENT [051]', '* CONCLUSION OF &AGREEMENT BETWEEN + [051]', '* ADOPTION OF [051]',
      '* DECISION OF + [051]', '* DECISION BY + [051]', '* MOVE BY + [051]', '* STEP BY + [051]',
      '* EFFORTS OF + [051]', '* EFFORTS BY + [051]', '* ROLE OF + [051]', '* ROLE PLAYED BY + [051]',
      '* PROGRESS IN [051]', '* PROGRESS BETWEEN + [051]', '* PROGRESS [051]', '* &TALKS BETWEEN + [051]',
      '* &CEASEFIRE BETWEEN + [051]', '* &CEASEFIRE [051]', '* RELEASE OF &DETAINEES BY + [051]',
      '* RELEASE OF &DETAINEES [051]', '* ELECTION OF + [051]', '* VICTORY OF + [051]',
      '* APPOINTMENT OF + [051]', '* INITIATIVE OF + [051]', '* &PROPOSAL OF + [051]', '* &PROPOSAL BY + [051]',
      '* CHAIRPERSONSHIP [051]', '* INCOMING + [051]', '* + FOR [051]', '* + ON [051]',
      '* ESTABLISHMENT OF [051]', '* ACCESSION OF + [051]', '* + AS [051]', '* THE WORK OF + [051]',
      '* CONTRIBUTION OF + [051]', '* LEADERSHIP OF + [051]', '* COMMITMENT OF + [051]',
      '* SUPPORT OF + [051]', '* + BID [051]', '* BID BY + [051]', '* CANDIDACY OF + [051]',
      '* &REFORM IN + [051]', '* REFORMS BY + [051]', '* &HUMAID FROM + [051]', '* &AID FROM + [051]',
      '* RETURN OF + [051]', '* RESULTS OF &TALKS [051]', '* OUTCOME OF &MEETING [051]',
      '* OUTCOME OF &TALKS [051]', '* ASSISTANCE OF + [051]', '* HOSPITALITY OF + [051]'], []))

B.append(('DEFEND_VERBALLY', '052', '''
DEFEND, JUSTIFY, +STAND_BY, +VOUCH_FOR, UPHOLD, +SIDE_WITH, +STAND_UP_FOR, +SPEAK_UP_FOR,
+COME_TO_THE_DEFENSE_OF, +COME_TO_THE_DEFENCE_OF, EXCUSE, VINDICATE, +RALLY_TO_THE_DEFENCE_OF, +STICK_BY,
+STAND_WITH
''', ['* + [052]', '* + AGAINST [052]', '* RIGHT OF + [052]', '* DECISION OF + [052]', '* + POLICY [052]',
      '* &AGREEMENT [052]', '* &AGREEMENT WITH + [052]', '* SOVEREIGNTY OF + [052]',
      '* TERRITORIAL INTEGRITY OF + [052]', '* ACTIONS OF + [052]', '* ACTIONS [052]', '* POLICY [052]',
      '* ITSELF [190]', '* &TOWN [190]', '* &TOWN FROM + [190]', '* AGAINST + [190]',
      '* BORDERS [150]', '* BORDER [150]', '* AGAINST ATTACK [190]'], []))

B.append(('RALLY_SUPPORT', '053', '''
+DRUM_UP, GALVANIZE, GALVANISE, +RALLY_SUPPORT, +GATHER_SUPPORT, +MARSHAL_SUPPORT, +BUILD_SUPPORT,
+ENLIST_SUPPORT, +MUSTER_SUPPORT, +WIN_SUPPORT, +GARNER_SUPPORT, +RALLY_BEHIND, +RALLY_AROUND, ENLIST,
+RALLY_ROUND, +BUILD_A_COALITION, +FORM_A_COALITION, +CANVASS_FOR
''', ['* SUPPORT FOR + [053]', '* &BACKING FOR + [053]', '* + [053]', '* SUPPORT [053]',
      '* INTERNATIONAL SUPPORT [053]', '* &BACKING [053]', '* ALLIES [053]', '* ALLIES BEHIND + [053]',
      '* SUPPORT FOR + BID [053]', '* VOTES FOR + [053]', '* SUPPORT AGAINST + [113]',
      '* OPPOSITION TO + [113]', '* AGAINST + [113]', '* COALITION AGAINST + [113]'], []))

B.append(('RECOGNIZE', '054', '''
RECOGNIZE, RECOGNISE, ACCREDIT, LEGITIMIZE, LEGITIMISE, +EXTEND_RECOGNITION, +GRANT_RECOGNITION,
+ESTABLISH_DIPLOMATIC_RELATIONS, +OPEN_DIPLOMATIC_RELATIONS
''', ['* + [054]', '* INDEPENDENCE OF + [054]', '* + AS INDEPENDENT [054]', '* + AS A STATE [054]',
      '* STATEHOOD OF + [054]', '* SOVEREIGNTY OF + [054]', '* + GOVERNMENT [054]', '* GOVERNMENT OF + [054]',
      '* + AS THE LEGITIMATE [054]', '* + AS LEGITIMATE [054]', '* ELECTION OF + [054]', '* RESULTS [054]',
      '* ELECTION RESULTS [054]', '* VICTORY OF + [054]', '* + ANNEXATION [054]', '* + CLAIM [054]',
      '* + AS GENOCIDE [112]', '* + AS A TERRORIST [112]', '* + AS TERRORISTS [112]',
      '* THE NEED TO [010]', '* THE IMPORTANCE OF [010]', '* THE ROLE OF + [051]', '* EFFORTS OF + [051]',
      '* CONTRIBUTION OF + [051]', '* RESPONSIBILITY [015]', '* MISTAKES [015]'], []))

B.append(('APOLOGIZE', '055', '''
APOLOGIZE, APOLOGISE, REPENT, ATONE, +SAY_SORRY, +EXPRESS_REGRET, +EXPRESS_REMORSE, +ISSUE_AN_APOLOGY,
+OFFER_AN_APOLOGY, +BEG_FORGIVENESS, +ASK_FORGIVENESS, +MAKE_AMENDS
''', ['* + [055]', '* TO + [055]', '* FOR [055]', '* FOR &MILACTION [055]', '* FOR THE INCIDENT [055]',
      '* FOR REMARKS [055]', '* FOR COMMENTS [055]', '* FOR &WARCRIMES [055]', '* FOR THE KILLING [055]',
      '* TO THE PEOPLE OF + [055]', '* TO FAMILIES [055]', '* FOR THE PAST [055]'], []))

B.append(('FORGIVE', '056', '''
FORGIVE, PARDON, ABSOLVE, CONDONE, EXONERATE, +WRITE_OFF, +GRANT_AMNESTY, AMNESTY, +COMMUTE_SENTENCE, COMMUTE,
REPRIEVE
''', ['* + [056]', '* + FOR [056]', '* &DETAINEES [0841]', '* DEBT [071]', '* DEBTS [071]', '* DEBT OF + [071]',
      '* + DEBT [071]', '* LOANS [071]', '* SENTENCE [0841]', '* SENTENCES [0841]', '* DEATH SENTENCE [0841]',
      '* OPPOSITION LEADER [0841]', '* + SENTENCE [0841]', '* ACTIVISTS [0841]', '* REBELS [0841]',
      '* FIGHTERS [0841]', '* MILITANTS [0841]', '* DESERTERS [0841]', '* PROTESTERS [0841]'], []))

B.append(('SIGN_AGREEMENT', '057', '''
SIGN, INK, CONCLUDE [---], RATIFY, INITIAL, COUNTERSIGN, ADOPT [---], +ENTER_INTO, +SIGN_ON, FINALIZE, FINALISE,
+PUT_PEN_TO_PAPER, +REACH_AN_AGREEMENT, +STRIKE_AN_AGREEMENT, +CLOSE_A_DEAL, ACCEDE, +ACCEDE_TO,
+SIGN_INTO_LAW, ENACT [---], ENSHRINE [---], CODIFY [---], +PUT_INTO_FORCE, +BRING_INTO_FORCE, +TRANSMIT_RATIFICATION
''', ['* &AGREEMENT [057]', '* &AGREEMENT WITH + [057]', '* &AGREEMENT BETWEEN + [057]', '% * &AGREEMENT [057]',
      '* &AGREEMENT ON &ECONCOOP [057]', '* &AGREEMENT ON &MILCOOP [057]', '* &AGREEMENT ON &JUDCOOP [057]',
      '* &CEASEFIRE [0871]', '* &CEASEFIRE WITH + [0871]', '% * &CEASEFIRE [0871]', '* &SANCTIONS [163]',
      '* &SANCTIONS AGAINST + [163]', '* &SANCTIONS ON + [163]', '* LAW [---]', '* BILL [---]',
      '* DECREE [---]', '* BUDGET [---]', '* CONTRACT WITH + [061]', '* CONTRACT [061]', '* CONTRACTS [061]',
      '* TRADE DEAL [061]', '* TRADE DEAL WITH + [061]', '* ARMS DEAL [062]', '* ARMS DEAL WITH + [062]',
      '* LOAN AGREEMENT [071]', '* LOAN AGREEMENT WITH + [071]', '* GRANT AGREEMENT [071]',
      '* RESOLUTION [---]', '* RESOLUTION ON + [---]', '* RESOLUTION CONDEMNING + [111]',
      '* &RESOLUTION AGAINST + [111]', '* CONSTITUTION [0344]', '* AMENDMENTS [034]', '* &REFORM [034]',
      '* PETITION [020]', '* PETITION CALLING FOR [020]', '* LETTER [010]', '* JOINT LETTER [010]',
      '* JOINT STATEMENT [010]', '* DECLARATION ON [057]', '* CHARTER [057]', '* + [057]', '% * [057]',
      '* TALKS [046]', '* CONVENTION [057]', '* PROTOCOL [057]', '* PROTOCOL WITH + [057]',
      '* TO &AGREEMENT [057]', '* TO + [057]', '* THE WTO [057]', '* MEMBERSHIP [057]'], []))

# ---------------------------------------------------------------- wanting and facing
B.append(('WANT', '---', '''
WANT, DESIRE, YEARN, CRAVE
''', ['* + TO ATTACK [020]', '* TO MEET + [036]', '* TO VISIT + [036]', '* TO HELP + [033]',
                                     '* TO ATTACK + [138]', '* TO TALK [036]', '* PEACE [013]', '* TO JOIN + [030]'],
   [('APPEAL', ['* + TO {P}']), ('INTENT', ['* TO {P}'])]))

B.append(('FACE', '---', '''
FACE, CONFRONT, ENDURE, +COME_UNDER
''', ['+ * PRESSURE FROM $ [100]', '+ * PRESSURE FROM $ TO [100]', '+ * CRITICISM FROM $ [111]', '+ * CALLS FROM $ [020]',
      '+ * DEMANDS FROM $ [100]', '+ * &SANCTIONS FROM $ [163]', '+ * THREATS FROM $ [130]', '+ * ATTACK FROM $ [190]',
      '+ * ATTACKS FROM $ [190]', '+ * FIRE FROM $ [190]', '+ * SHELLING FROM $ [194]', '+ * ACCUSATIONS FROM $ [112]',
      '+ * ACCUSATIONS BY $ [112]', '+ * CRITICISM BY $ [111]', '+ * PRESSURE BY $ [100]', '* + [---]'], []))
