"""What an appeal, a promise, a demand, a refusal or a threat can be about.

CAMEO repeats one list of objects under several roots (02 appeal, 03 intent,
10 demand, 12 reject): economic, military, judicial and intelligence
cooperation; economic, military and humanitarian aid and protection; reform of
leadership, policy, rights and institutions; yielding on sanctions, dissent,
detainees and international access; talks, settlement and mediation.  A THEME
is the wording for one such object (written as it follows a verb, with gaps
allowed between pattern words); a family maps each theme to that root's code.
"""

THEMES = {
    'econcoop':   ['&ECONCOOP', 'EXPAND &ECONCOOP', 'BOOST &ECONCOOP'],
    'milcoop':    ['&MILCOOP', 'DEEPEN &MILCOOP'],
    'judcoop':    ['&JUDCOOP', 'EXTRADITE', 'HAND OVER SUSPECTS'],
    'intel':      ['&INTELCOOP', 'SHARE &INTELCOOP'],
    'support':    ['&BACKING'],
    'aid':        ['&AID'],
    'econaid':    ['&ECONAID'],
    'milaid':     ['&MILAID', '&WEAPONS'],
    'humaid':     ['&HUMAID'],
    'protect':    ['&PEACEKEEPING'],
    'reform':     ['&REFORM'],
    'leader':     ['&LEADERCHANGE'],
    'policy':     ['&POLICYCHANGE'],
    'rights':     ['&RIGHTS', 'RESPECT &RIGHTS'],
    'regime':     ['&INSTCHANGE'],
    'yield':      ['&CONCESSION'],
    'easeadmin':  ['LIFT &RESTRICTIONS', 'EASE &RESTRICTIONS', 'LIFTING OF &RESTRICTIONS',
                   'EASING OF &RESTRICTIONS', 'END &RESTRICTIONS'],
    'calm':       ['END &PROTESTS', 'HALT &PROTESTS', 'STOP &PROTESTS', 'CALL OFF &PROTESTS',
                   'END TO &PROTESTS', 'SUSPEND &PROTESTS'],
    'release':    ['RELEASE &DETAINEES', 'RELEASE OF &DETAINEES', 'FREE &DETAINEES', 'FREEDOM FOR &DETAINEES',
                   'RETURN &PROPERTY', 'RETURN OF &PROPERTY', 'EXCHANGE &DETAINEES', 'SWAP &DETAINEES',
                   'UNFREEZE &PROPERTY'],
    'easesanct':  ['LIFT &SANCTIONS', 'EASE &SANCTIONS', 'LIFTING OF &SANCTIONS', 'EASING OF &SANCTIONS',
                   'END &SANCTIONS', 'RELIEF FROM &SANCTIONS', 'REMOVE &SANCTIONS', 'REMOVAL OF &SANCTIONS'],
    'access':     ['ACCESS FOR &MONITORS', 'ACCESS FOR &AIDWORKERS', 'ADMIT &MONITORS', 'ALLOW &MONITORS',
                   'ALLOW &AIDWORKERS', 'HUMANITARIAN ACCESS', 'HUMANITARIAN CORRIDOR', 'UNHINDERED ACCESS',
                   'RECEIVE &MONITORS'],
    'deescalate': ['&DEESCALATION', 'PULL BACK &TROOPS', 'END &HOSTILITIES', 'STOP &HOSTILITIES',
                   'HALT &HOSTILITIES', 'REDUCE TENSIONS', 'EASE TENSIONS', 'DEFUSE TENSIONS'],
    'withdraw':   ['WITHDRAW &TROOPS', 'WITHDRAWAL OF &TROOPS', 'PULL OUT &TROOPS', 'PULLOUT',
                   'TROOP WITHDRAWAL', 'WITHDRAWAL', 'LEAVE &TOWN', 'PULL &TROOPS OUT'],
    'ceasefire':  ['&CEASEFIRE', 'RESPECT &CEASEFIRE', 'OBSERVE &CEASEFIRE', 'HONOUR &CEASEFIRE',
                   'HONOR &CEASEFIRE'],
    'talks':      ['&TALKS', 'HOLD &TALKS', 'RESUME &TALKS', 'RETURN TO &TALKS', 'SIT DOWN', 'NEGOTIATE',
                   'MEET', 'HOLD &MEETING', 'CONVENE &MEETING', 'ENGAGE IN &TALKS'],
    'settle':     ['&SETTLEMENT', 'SETTLE &DISPUTE', 'RESOLVE &DISPUTE', 'END &DISPUTE', 'SETTLE',
                   'RESOLVE', 'DEFUSE &DISPUTE', 'DIPLOMACY'],
    'mediation':  ['&MEDIATION', 'MEDIATE', 'FACILITATE &TALKS'],
    'info':       ['&INQUIRY', 'INVESTIGATE', 'EXPLAIN'],
}

# A family: the code each theme takes under one CAMEO root.
APPEAL = dict(econcoop='0211', milcoop='0212', judcoop='0213', intel='0214', support='022', aid='023',
              econaid='0231', milaid='0232', humaid='0233', protect='0234', reform='024', leader='0241',
              policy='0242', rights='0243', regime='0244', easeadmin='0251', calm='0252',
              release='0253', easesanct='0254', access='0255', deescalate='0256', withdraw='0256',
              ceasefire='0256', talks='026', settle='027', mediation='028', info='020')
APPEAL['yield'] = '025'
INTENT = dict(econcoop='0311', milcoop='0312', judcoop='0313', intel='0314', support='032', aid='033',
              econaid='0331', milaid='0332', humaid='0333', protect='0334', reform='034', leader='0341',
              policy='0342', rights='0343', regime='0344', easeadmin='0351', calm='0352',
              release='0353', easesanct='0354', access='0355', deescalate='0356', withdraw='0356',
              ceasefire='0356', talks='036', settle='037', mediation='039')
INTENT['yield'] = '035'
DEMAND = dict(econcoop='1011', milcoop='1012', judcoop='1013', intel='1014', support='102', aid='103',
              econaid='1031', milaid='1032', humaid='1033', protect='1034', reform='104', leader='1041',
              policy='1042', rights='1043', regime='1044', mediation='105', easeadmin='1051', calm='1052',
              release='1053', easesanct='1054', access='1055', deescalate='1056', withdraw='106',
              ceasefire='107', talks='108', info='101', settle='100')
DEMAND['yield'] = '100'
REJECT = dict(econcoop='1211', milcoop='1212', judcoop='121', intel='121', support='120', aid='122',
              econaid='1221', milaid='1222', humaid='1223', protect='1224', reform='123', leader='1231',
              policy='1232', rights='1233', regime='1234', easeadmin='1241', calm='1242',
              release='1243', easesanct='1244', access='1245', deescalate='1246', withdraw='1246',
              ceasefire='1246', talks='125', mediation='126', settle='127', info='120')
REJECT['yield'] = '124'
# Conceding what was asked (root 08) for the themes where CAMEO has a code.
CONCEDE = dict(reform='083', leader='0831', policy='0832', rights='0833', regime='0834',
               easeadmin='081', calm='082', release='084', easesanct='085', access='086',
               deescalate='087', withdraw='0874', ceasefire='0871', protect='0861', humaid='0863',
               mediation='038', talks='036', settle='037')
CONCEDE['yield'] = '080'
FAMILIES = dict(APPEAL=APPEAL, INTENT=INTENT, DEMAND=DEMAND, REJECT=REJECT, CONCEDE=CONCEDE)

# What a threat threatens (root 13), worded as the threatened act.
THREATS = [
    ('1311', ['CUT &AID', 'SUSPEND &AID', 'STOP &AID', 'HALT &AID', 'WITHHOLD &AID', 'FREEZE &AID',
              'CUT &ECONAID', 'SUSPEND &ECONAID', 'WITHHOLD &MILAID', 'HALT &MILAID', 'STOP FUNDING']),
    ('1312', ['IMPOSE &SANCTIONS', 'NEW &SANCTIONS', 'FURTHER &SANCTIONS', 'TOUGHER &SANCTIONS',
              'BOYCOTT', 'EMBARGO', 'SLAP &SANCTIONS', 'SECONDARY &SANCTIONS', 'RETALIATORY TARIFFS']),
    ('1313', ['SEVER &RELATIONS', 'CUT &RELATIONS', 'BREAK OFF &RELATIONS', 'DOWNGRADE &RELATIONS',
              'RECALL &DIPLOMAT', 'EXPEL &DIPLOMAT', 'CLOSE EMBASSY', 'REVIEW &RELATIONS', 'FREEZE &RELATIONS']),
    ('132',  ['IMPOSE &RESTRICTIONS', 'ADMINISTRATIVE MEASURES', 'REVOKE LICENCES', 'REVOKE LICENSES']),
    ('1321', ['CURB &MEDIA', 'RESTRICT &MEDIA', 'CENSOR &MEDIA', 'BLOCK &MEDIA', 'CLOSE &MEDIA',
              'SHUT DOWN &MEDIA']),
    ('1322', ['BAN &PARTY', 'OUTLAW &PARTY', 'DISSOLVE &PARTY', 'DISQUALIFY &PARTY', 'BAR &PARTY']),
    ('1323', ['IMPOSE CURFEW', 'CURFEW']),
    ('1324', ['STATE OF EMERGENCY', 'MARTIAL LAW', 'EMERGENCY RULE', 'DIRECT RULE']),
    ('133',  ['STAGE &PROTESTS', 'HOLD &PROTESTS', 'TAKE TO THE STREETS', 'GO ON STRIKE', 'HUNGER STRIKE',
              'MASS &PROTESTS', 'CIVIL DISOBEDIENCE', 'BOYCOTT THE ELECTION', 'BOYCOTT THE VOTE']),
    ('134',  ['WALK OUT OF &TALKS', 'QUIT &TALKS', 'ABANDON &TALKS', 'SUSPEND &TALKS', 'PULL OUT OF &TALKS',
              'WITHDRAW FROM &TALKS', 'END &TALKS', 'BREAK OFF &TALKS', 'BOYCOTT &TALKS']),
    ('135',  ['END &MEDIATION', 'ABANDON &MEDIATION', 'SUSPEND &MEDIATION', 'WITHDRAW AS MEDIATOR',
              'QUIT AS MEDIATOR', 'STEP BACK FROM &MEDIATION']),
    ('136',  ['EXPEL &MONITORS', 'EXPEL &AIDWORKERS', 'EXPEL &PEACEKEEPING', 'CLOSE THE MISSION',
              'WITHDRAW FROM THE MISSION', 'END THE MANDATE', 'KICK OUT &MONITORS']),
    ('137',  ['CRACK DOWN', 'CRACKDOWN', 'USE FORCE AGAINST &PROTESTERS', 'DISPERSE &PROTESTERS',
              'ARREST &PROTESTERS', 'SHOOT &PROTESTERS', 'CRUSH &PROTESTS', 'SUPPRESS &PROTESTS']),
    ('138',  ['USE FORCE', 'MILITARY ACTION', 'MILITARY FORCE', 'WAR', 'RETALIATE', 'STRIKE BACK',
              'MILITARY RESPONSE', 'MILITARY OPTION', 'ARMED RESPONSE', 'DECLARE WAR', 'RESPOND MILITARILY']),
    ('1381', ['BLOCKADE', 'BLOCK SHIPPING', 'CLOSE THE STRAIT', 'SEAL OFF', 'CUT OFF SUPPLY ROUTES',
              'NAVAL BLOCKADE', 'CLOSE AIRSPACE']),
    ('1382', ['OCCUPY', 'ANNEX', 'SEIZE &TOWN', 'TAKE OVER &TOWN', 'OCCUPATION', 'ANNEXATION', 'INVADE']),
    ('1383', ['TERRORIST ATTACK', 'BOMBINGS', 'SUICIDE ATTACKS', 'KIDNAP', 'KILL HOSTAGES', 'EXECUTE HOSTAGES',
              'ASSASSINATE', 'BEHEAD']),
    ('1384', ['ATTACK', 'STRIKE', 'INVASION', 'OFFENSIVE', 'AIRSTRIKES', 'BOMB', 'SHELL', 'DESTROY',
              'MILITARY STRIKE', 'PREEMPTIVE STRIKE', 'PRE-EMPTIVE STRIKE']),
    ('1385', ['&WMD', 'NUCLEAR RESPONSE', 'NUCLEAR ESCALATION', 'USE NUCLEAR', 'TACTICAL NUCLEAR']),
]

# Protest roots 141-145 with the four aims CAMEO distinguishes.
AIMS = [('1', ['&LEADERCHANGE', 'OUSTER OF +', 'RESIGNATION OF +', 'AGAINST THE GOVERNMENT OF +']),
        ('2', ['&POLICYCHANGE', 'AGAINST THE DECISION', 'AGAINST THE LAW', 'AGAINST THE BILL',
               'AGAINST PENSION REFORM', 'AGAINST PRICE RISES', 'AGAINST TAX', 'AGAINST &SANCTIONS']),
        ('3', ['&RIGHTS', 'RELEASE OF &DETAINEES', 'FREE &DETAINEES']),
        ('4', ['&INSTCHANGE', 'AGAINST ELECTION FRAUD', 'AGAINST ELECTION RESULTS', 'AGAINST RIGGED ELECTIONS'])]

# What aid being cut is (root 16, codes 162x).
AIDCUT = [('162', ['&AID']), ('1621', ['&ECONAID', 'TRADE PREFERENCES', 'BUDGET TRANSFERS']),
          ('1622', ['&MILAID', '&WEAPONS', 'ARMS DELIVERIES', 'ARMS SALES', 'ARMS EXPORTS']),
          ('1623', ['&HUMAID', 'FOOD DELIVERIES', 'RELIEF OPERATIONS'])]
