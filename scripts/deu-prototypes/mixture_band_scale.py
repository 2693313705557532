import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
y_all=np.array([c['y'] for c in cases])
base,_,_,_,_=run(['cal'])
SC=[1.0]
_cont=cont
def cont(s,i,pt):
    r=s.get(cases[i]['rule'],s['ALL']); return np.clip(pt[i]+SC[0]*r*(cases[i]['sd']+5),0,100)
names=['cal','com','ref','pos','0','100','50']
def runF(names,scales,seed=1,k=10):
    pt=pointcomp(); f=folds(groups,k,seed); n=len(cases); cr=np.zeros(n); c90=np.zeros(n); med=np.zeros(n); ch=[]
    for fo in range(k):
        tr=[i for i in range(n) if f[i]!=fo]; te=[i for i in range(n) if f[i]==fo]
        s=resid_fit(tr,pt); clim=np.array([cases[i]['y'] for i in tr])
        best=None
        for sc in scales:
            SC[0]=sc; w=fitw(tr,s,clim,pt,names)
            L=np.mean([crps(*mix(comps(i,s,clim,pt,names),w),cases[i]['y']) for i in tr])
            if best is None or L<best[0]: best=(L,sc,w)
        SC[0]=best[1]; w=best[2]; ch.append(best[1])
        for i in te:
            x,ww=mix(comps(i,s,clim,pt,names),w); y=cases[i]['y']; cr[i]=crps(x,ww,y)
            o=np.argsort(x); xs=x[o]; cw=np.cumsum(ww[o])/ww.sum()
            q=lambda p: xs[np.searchsorted(cw,p-1e-12)]
            c90[i]=q(.05)-1e-9<=y<=q(.95)+1e-9; med[i]=q(.5)
    return cr,c90,med,ch
for sc in [[1.0],[0.5,0.6,0.7,0.8,0.9,1.0]]:
    cr,c90,med,ch=runF(names,sc)
    print(sc,'crps %.2f'%cr.mean(),boot(cr).round(2),'diff %.2f'%(cr-base).mean(),boot(cr-base).round(2),'c90 %.2f mae %.2f'%(c90.mean(),np.abs(med-y_all).mean()),ch,flush=True)
