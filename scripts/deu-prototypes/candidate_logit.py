import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
from scipy.optimize import minimize
y_all=np.array([c['y'] for c in cases])
def cands(i):
    c=cases[i]; w=c['sal']*c['cap']; w=w/w.sum() if w.sum()>0 else np.ones(len(w))/len(w)
    pts=sorted(set(c['pos'].tolist())|({c['ref']} if c['ref'] is not None else set()))
    F=[]
    for p in pts:
        share=w[c['pos']==p].sum(); cnt=(c['pos']==p).mean()
        F.append([-abs(p-c['comp'])/(c['sd']+5), np.log(share+0.01), float(c['com']==p), float(c['ep']==p), float(c['ref']==p), float(p in (0,100)), np.log(cnt+0.01)])
    return np.array(pts),np.array(F)
CAND=[cands(i) for i in range(len(cases))]
def dist(i,theta,s,pt):
    pts,F=CAND[i]; K=F.shape[1]
    lam=1/(1+np.exp(-theta[K])); u=F@theta[:K]; p=np.exp(u-u.max()); p/=p.sum()
    ct=cont(s,i,pt)
    x=np.concatenate([ct,pts]); w=np.concatenate([np.ones(len(ct))/len(ct)*lam,(1-lam)*p]); return x,w
def fit(tr,s,pt,ridge):
    K=CAND[0][1].shape[1]
    def loss(th): return np.mean([crps(*dist(i,th,s,pt),cases[i]['y']) for i in tr])+ridge*(th[:K]**2).sum()
    r=minimize(loss,np.zeros(K+1),method='Powell',options=dict(maxiter=3000,xtol=1e-3,ftol=1e-5)); return r.x
def runL(ridge,seed=1,k=10):
    pt=pointcomp(); f=folds(groups,k,seed); n=len(cases); cr=np.zeros(n); c90=np.zeros(n); med=np.zeros(n); TH=[]
    for fo in range(k):
        tr=[i for i in range(n) if f[i]!=fo]; te=[i for i in range(n) if f[i]==fo]
        s=resid_fit(tr,pt); th=fit(tr,s,pt,ridge); TH.append(th)
        for i in te:
            x,w=dist(i,th,s,pt); y=cases[i]['y']; cr[i]=crps(x,w,y)
            o=np.argsort(x); xs=x[o]; cw=np.cumsum(w[o])
            q=lambda p: xs[np.searchsorted(cw,p-1e-12)]
            c90[i]=q(.05)-1e-9<=y<=q(.95)+1e-9; med[i]=q(.5)
    return cr,c90,med,np.array(TH)
base,_,_,_,_=run(['cal'])
for ridge in [0.0,0.01,0.1]:
    cr,c90,med,TH=runL(ridge)
    print(ridge,'crps %.2f'%cr.mean(),boot(cr).round(2),'diff %.2f'%(cr-base).mean(),boot(cr-base).round(2),'c90 %.2f mae %.2f'%(c90.mean(),np.abs(med-y_all).mean()),TH.mean(0).round(2),flush=True)
