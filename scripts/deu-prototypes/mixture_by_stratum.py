import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
y_all=np.array([c['y'] for c in cases])
base,_,_,_,_=run(['cal'])
def stratum(c,kind):
    if kind=='comep': return int(c['com'] is not None and c['com']==c['ep'])
    if kind=='ref': return int(c['ref'] is not None)
    if kind=='both': return 2*int(c['com'] is not None and c['com']==c['ep'])+int(c['ref'] is not None)
    if kind=='rule': return int(c['rule']=='UNANIMITY')
    return 0
def runS(names,kind,seed=1,k=10,ridge=0.0):
    pt=pointcomp(); f=folds(groups,k,seed); n=len(cases); cr=np.zeros(n); c90=np.zeros(n); med=np.zeros(n)
    for fo in range(k):
        tr=[i for i in range(n) if f[i]!=fo]; te=[i for i in range(n) if f[i]==fo]
        s=resid_fit(tr,pt); clim=np.array([cases[i]['y'] for i in tr])
        W={}
        for st in set(stratum(cases[i],kind) for i in range(n)):
            sub=[i for i in tr if stratum(cases[i],kind)==st]
            W[st]=fitw(sub,s,clim,pt,names,ridge) if len(sub)>=10 else fitw(tr,s,clim,pt,names,ridge)
        for i in te:
            w=W[stratum(cases[i],kind)]
            x,ww=mix(comps(i,s,clim,pt,names),w); y=cases[i]['y']; cr[i]=crps(x,ww,y)
            o=np.argsort(x); xs=x[o]; cw=np.cumsum(ww[o])/ww.sum()
            q=lambda p: xs[np.searchsorted(cw,p-1e-12)]
            c90[i]=q(.05)-1e-9<=y<=q(.95)+1e-9; med[i]=q(.5)
    return cr,c90,med
for names in [['cal','com'],['cal','com','ref'],['cal','com','pos']]:
  for kind in ['comep','ref','both','rule']:
    for ridge in [0,0.5]:
        cr,c90,med=runS(names,kind,ridge=ridge)
        print(names,kind,ridge,'crps %.2f'%cr.mean(),boot(cr).round(2),'diff %.2f'%(cr-base).mean(),boot(cr-base).round(2),'c90 %.2f mae %.2f'%(c90.mean(),np.abs(med-y_all).mean()),flush=True)
